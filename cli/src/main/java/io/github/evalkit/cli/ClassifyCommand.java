package io.github.evalkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.report.Json;
import io.github.evalkit.cli.report.Reports;
import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.AveragedScores;
import io.github.evalkit.metrics.BinaryView;
import io.github.evalkit.metrics.ClassScores;
import io.github.evalkit.metrics.ClassificationReport;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.Explanation;
import io.github.evalkit.metrics.LabelEncoder;
import io.github.evalkit.metrics.MetricWarning;
import io.github.evalkit.metrics.ZeroDivision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code evalkit classify FILE --actual COL --predicted COL}: a classification report. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Classification metrics for an actual and a predicted label column of a CSV file:"
          + " confusion matrix, accuracy, balanced accuracy, per-label and macro/weighted/micro"
          + " precision, recall and F1, MCC, Cohen's kappa and the majority-class baseline.",
      "",
      "Labels are the cells' exact text (1 and 1.0 are two labels). They are ordered by"
          + " numeric value when every label is a finite number (ties by text), else by text."
          + " Labels seen only in rows dropped by --drop-missing are not labels."
    })
final class ClassifyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header row.")
  Path file;

  @Option(names = "--actual", required = true, paramLabel = "COL", description = "True labels.")
  String actualColumn;

  @Option(
      names = "--predicted",
      required = true,
      paramLabel = "COL",
      description = "Predicted labels.")
  String predictedColumn;

  @Option(
      names = "--positive",
      paramLabel = "LABEL",
      description =
          "Add a one-vs-rest 'binary' section (tp, fp, fn, tn, precision, recall, f1,"
              + " specificity) for this label, also with more than two labels.")
  String positive;

  @Option(
      names = "--zero-division",
      paramLabel = "warn|0|1|nan",
      converter = ZeroDivisionConverter.class,
      description =
          "Value of a ratio with a zero denominator: warn (0 plus a warning, the default), 0,"
              + " 1, or nan (null in JSON, left out of averages).")
  ZeroDivision zeroDivision = ZeroDivision.WARN;

  @Mixin ReportOptions report = new ReportOptions();
  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws Exception {
    if (report.output != null) {
      OutputFiles.requireNotAnInput(report.output, "--output", file);
    }
    LabelPairs pairs =
        LabelPairs.read(file, input, actualColumn, predictedColumn, report.dropMissing);
    ConfusionMatrix matrix = matrix(pairs, this::requireRoomFor);
    ClassificationReport result = ClassificationReport.of(matrix).withZeroDivision(zeroDivision);
    if (positive != null) {
      if (matrix.labelEncoder().contains(positive)) {
        result = result.withPositiveLabel(positive);
      } else {
        throw new BadInputException(
            "--positive \""
                + positive
                + "\" occurs in neither column \""
                + actualColumn
                + "\" nor \""
                + predictedColumn
                + "\" of the rows evaluated; the labels are "
                + quoted(matrix.labels()));
      }
    }
    String title =
        "Classification: "
            + file.getFileName() // the report names the data set; errors keep the full path
            + ", \""
            + actualColumn
            + "\" (actual) vs \""
            + predictedColumn
            + "\" (predicted)";
    List<Explanation> explanations = report.explain ? result.explanations() : null;
    String rendered =
        switch (report.format) {
          case JSON -> Json.write(json(result, pairs.dropped));
          case TEXT ->
              Reports.text(
                  title,
                  result.n(),
                  pairs.dropped,
                  result.toText(3),
                  result.confusionMatrixGrid(),
                  explanations);
          case MARKDOWN ->
              Reports.markdown(
                  title,
                  result.n(),
                  pairs.dropped,
                  result.toMarkdown(3),
                  null, // the Markdown report has the matrix as a table already
                  explanations);
        };
    OutputFiles.emit(rendered, report.output, spec.commandLine().getOut());
    return 0;
  }

  /**
   * Counts in {@code evalkit-metrics} with the contract's label order (from its {@link
   * LabelEncoder}); labels of dropped rows only are left out.
   */
  private static ConfusionMatrix matrix(
      LabelPairs pairs, java.util.function.Consumer<List<String>> check) {
    boolean[] used = new boolean[pairs.labels.size()];
    for (int i = 0; i < pairs.actual.length; i++) {
      used[pairs.actual[i]] = true;
      used[pairs.predicted[i]] = true;
    }
    List<String> present = new ArrayList<>();
    for (int c = 0; c < used.length; c++) {
      if (used[c]) {
        present.add(pairs.labels.get(c));
      }
    }
    check.accept(present);
    List<String> ordered = LabelEncoder.order(present);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i), i);
    }
    int[] recode = new int[used.length];
    for (int c = 0; c < used.length; c++) {
      recode[c] = used[c] ? position.get(pairs.labels.get(c)) : -1;
    }
    int[] actual = new int[pairs.actual.length];
    int[] predicted = new int[pairs.predicted.length];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = recode[pairs.actual[i]];
      predicted[i] = recode[pairs.predicted[i]];
    }
    ConfusionMatrix counted = ConfusionMatrix.of(actual, predicted, ordered.size());
    return ConfusionMatrix.fromCounts(counted.toArray(), ordered);
  }

  /**
   * Refuses, before counting, a label set whose k×k confusion matrix does not fit in the memory
   * this JVM may use: typically a column of continuous values given to classify, which would
   * otherwise end in an out-of-memory error. A cell costs its count and two copies of it on the way
   * to the report, its node in the JSON tree, and in the text grid, as wide as the longest label,
   * its characters several times over while the text grows.
   */
  private void requireRoomFor(List<String> labels) {
    int longest = 0;
    for (String label : labels) {
      longest = Math.max(longest, label.length());
    }
    long k = labels.size();
    long bytes = k * k * (64 + 8L * (longest + 2));
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max) {
      throw new BadInputException(
          file
              + ": "
              + k
              + " distinct labels in columns \""
              + actualColumn
              + "\" and \""
              + predictedColumn
              + "\"; their "
              + k
              + "×"
              + k
              + " confusion matrix needs about "
              + gigabytes(bytes)
              + " GB, more than the "
              + gigabytes(max)
              + " GB this JVM may use (raise it with JDK_JAVA_OPTIONS=-Xmx...). Labels this"
              + " varied look like continuous values: for those, use evalkit regress");
    }
  }

  private static String gigabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e9);
  }

  /** The contract's keys, in its order; undefined values are null. */
  static ObjectNode json(ClassificationReport r, long dropped) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("task", "classification");
    root.put("n", r.n());
    root.put("dropped", dropped);
    ArrayNode labels = root.putArray("labels");
    r.labels().forEach(labels::add);
    ArrayNode grid = root.putArray("confusion_matrix");
    for (long[] row : r.confusionMatrix().toArray()) {
      ArrayNode cells = grid.addArray();
      for (long count : row) {
        cells.add(count);
      }
    }
    Json.putNullable(root, "accuracy", r.accuracy());
    Json.putNullable(root, "balanced_accuracy", r.balancedAccuracy());
    ObjectNode perClass = root.putObject("per_class");
    for (ClassScores s : r.perClass()) {
      ObjectNode c = perClass.putObject(s.label());
      Json.putNullable(c, "precision", s.precision());
      Json.putNullable(c, "recall", s.recall());
      Json.putNullable(c, "f1", s.f1());
      c.put("support", s.support());
    }
    averaged(root.putObject("macro"), r.average(Average.MACRO));
    averaged(root.putObject("weighted"), r.average(Average.WEIGHTED));
    averaged(root.putObject("micro"), r.average(Average.MICRO));
    Json.putNullable(root, "mcc", r.matthewsCorrelation());
    Json.putNullable(root, "cohen_kappa", r.cohenKappa());
    ObjectNode baseline = root.putObject("baseline");
    baseline.put("majority_label", r.baseline().label());
    Json.putNullable(baseline, "accuracy", r.baseline().accuracy());
    if (r.binary().isPresent()) {
      BinaryView b = r.binary().get();
      ObjectNode binary = root.putObject("binary");
      binary.put("positive", b.positiveLabel());
      binary.put("tp", b.truePositives());
      binary.put("fp", b.falsePositives());
      binary.put("fn", b.falseNegatives());
      binary.put("tn", b.trueNegatives());
      Json.putNullable(binary, "precision", b.precision());
      Json.putNullable(binary, "recall", b.recall());
      Json.putNullable(binary, "f1", b.f1());
      Json.putNullable(binary, "specificity", b.specificity());
    }
    ArrayNode warnings = root.putArray("warnings");
    for (MetricWarning w : r.warnings()) {
      warnings.add(Reports.cliWords(w.message()));
    }
    return root;
  }

  private static void averaged(ObjectNode node, AveragedScores scores) {
    Json.putNullable(node, "precision", scores.precision());
    Json.putNullable(node, "recall", scores.recall());
    Json.putNullable(node, "f1", scores.f1());
  }

  private static String quoted(List<String> labels) {
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      out.add("\"" + l + "\"");
    }
    return String.join(", ", out);
  }

  /** Converts {@code --zero-division}. */
  static final class ZeroDivisionConverter implements ITypeConverter<ZeroDivision> {
    @Override
    public ZeroDivision convert(String value) {
      switch (value) {
        case "warn":
          return ZeroDivision.WARN;
        case "0":
          return ZeroDivision.ZERO;
        case "1":
          return ZeroDivision.ONE;
        case "nan":
          return ZeroDivision.NAN;
        default:
          throw new TypeConversionException(
              "--zero-division must be warn, 0, 1 or nan, not \"" + value + "\"");
      }
    }
  }
}
