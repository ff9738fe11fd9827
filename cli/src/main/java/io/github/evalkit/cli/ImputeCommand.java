package io.github.evalkit.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.csv.CsvFile;
import io.github.evalkit.cli.csv.CsvWriter;
import io.github.evalkit.cli.csv.DecimalParser;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.RecordListener;
import io.github.evalkit.cli.report.Json;
import io.github.evalkit.cli.report.TextTable;
import io.github.evalkit.imputation.FittedImputationPlan;
import io.github.evalkit.imputation.ImputationPlan;
import io.github.evalkit.imputation.ImputationReport;
import io.github.evalkit.imputation.ImputedTable;
import io.github.evalkit.imputation.Strategy;
import io.github.evalkit.imputation.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evalkit impute FILE --output OUT.csv --strategy COL=KIND ...}: fills missing cells with
 * {@code evalkit-imputation}'s {@link ImputationPlan} and rewrites the file, keeping every other
 * cell's exact text.
 */
@Command(
    name = "impute",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fill missing values in columns of a CSV file and write the whole file to --output.",
      "",
      "KIND is mean, median, mode, constant:VALUE, ffill, bfill or interpolate. mean, median and"
          + " mode are fitted on --fit TRAIN.csv when given (no leakage from the data being"
          + " filled), else on FILE. A column is numeric when every non-missing value in FILE"
          + " (and, for mean/median/mode, TRAIN.csv) is a number; mean, median and interpolate need numeric columns,"
          + " mode and constant work on text too (a non-numeric constant makes the column text).",
      "",
      "The output keeps the header, columns, row order and delimiter; cells not imputed keep"
          + " their exact text (a cell left missing keeps its NA token); blank lines are dropped;"
          + " lines end with \\n; quotes only where needed. Imputed numbers are written so they"
          + " parse back to the same double (Java's Double.toString, e.g. 54.5, 55.0, 1.0E-5)."
          + " The file is written to a temporary file and moved into place; the input is never"
          + " overwritten. A summary table is printed to stdout."
    })
final class ImputeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header row.")
  Path file;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "OUT.csv",
      description = "Where to write the filled file; never the input.")
  Path output;

  @Option(
      names = "--strategy",
      required = true,
      paramLabel = "COL=KIND",
      description = "How to fill one column; repeat for more columns (each column once).")
  List<String> strategies;

  @Option(
      names = "--group-by",
      paramLabel = "COL",
      description =
          "Entity column (panel data): fills stay within each entity, and mean/median/mode are"
              + " fitted per entity (an entity without a value of its own takes the overall"
              + " statistic, counted in group_fallbacks). May not have missing values.")
  String groupBy;

  @Option(
      names = "--order-by",
      paramLabel = "COL",
      description =
          "Time order for ffill, bfill and interpolate: ascending, numeric when every value is"
              + " a number, stable for ties. May not have missing values.")
  String orderBy;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "ffill/bfill/interpolate fill at most N cells of each run of missing cells (bfill: the"
              + " last N), as pandas' limit does. Ignored by other strategies.")
  Integer limit;

  @Option(
      names = "--fit",
      paramLabel = "TRAIN.csv",
      description =
          "Fit mean/median/mode on this file instead of FILE. It needs only those columns (and"
              + " --group-by when they are fitted per entity); constant, ffill, bfill and"
              + " interpolate learn nothing from it.")
  Path fit;

  @Option(
      names = "--report",
      paramLabel = "REPORT.json",
      description = "Also write a JSON report per column (written atomically).")
  Path report;

  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws IOException {
    List<StrategySpec> specs = parseStrategies();
    checkOptions(specs);
    NaTokens na = input.naTokens();

    TextColumns data = TextColumns.read(file, input.delimiter, na, wantedColumns(specs, false));
    TextColumns train =
        fit == null ? null : TextColumns.read(fit, input.delimiter, na, wantedColumns(specs, true));
    requireNoMissingKey(data, groupBy, "--group-by");
    requireNoMissingKey(data, orderBy, "--order-by");
    if (train != null && train.columns.containsKey(groupBy)) {
      requireNoMissingKey(train, groupBy, "--group-by");
    }

    Map<String, Boolean> numeric = columnKinds(specs, data, train);
    checkFitValues(specs, train == null ? data : train);

    Table dataTable = table(data, numeric);
    Table trainTable = train == null ? dataTable : table(train, numeric);
    FittedImputationPlan fitted = plan(specs, numeric).fit(trainTable);
    ImputedTable result = fitted.transform(dataTable);

    Map<String, String[]> fills = new LinkedHashMap<>();
    for (StrategySpec s : specs) {
      fills.put(s.column(), fillTexts(result, s.column(), numeric.get(s.column())));
    }
    String reportJson = report == null ? null : Json.write(reportNode(specs, result, data.rows));
    // Both files are written before either is moved into place: a failure leaves neither.
    try (OutputFiles.Staged csvOut = stageOutput(data.header, fills);
        OutputFiles.Staged reportOut =
            reportJson == null
                ? null
                : OutputFiles.stage(report, "--report", out -> out.write(reportJson))) {
      csvOut.commit();
      if (reportOut != null) {
        reportOut.commit();
      }
    }
    spec.commandLine().getOut().print(summary(specs, result, data.rows));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private List<StrategySpec> parseStrategies() {
    List<StrategySpec> specs = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String option : strategies) {
      StrategySpec s = StrategySpec.parse(option);
      String before = seen.put(s.column(), option);
      if (before != null) {
        throw new BadInputException(
            "column \""
                + s.column()
                + "\" is named by two --strategy options (\""
                + before
                + "\" and \""
                + option
                + "\"); give each column one strategy");
      }
      specs.add(s);
    }
    return specs;
  }

  private void checkOptions(List<StrategySpec> specs) {
    if (limit != null && limit < 1) {
      throw new BadInputException("--limit must be at least 1, not " + limit);
    }
    for (StrategySpec s : specs) {
      if (s.column().equals(groupBy) || s.column().equals(orderBy)) {
        throw new BadInputException(
            "column \""
                + s.column()
                + "\" is the "
                + (s.column().equals(groupBy) ? "--group-by" : "--order-by")
                + " column and cannot also be imputed (its keys may not be missing)");
      }
    }
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      // A pipe such as <(...) would be empty the second time and read as "the file is empty".
      throw new BadInputException(
          file
              + ": not a regular file (a pipe?); impute reads its input twice, once for the"
              + " statistics and once to copy every other cell, so save it to a file first");
    }
    OutputFiles.requireNotAnInput(output, "--output", file, fit);
    OutputFiles.requireDirectory(output, "--output");
    if (report != null) {
      OutputFiles.requireNotAnInput(report, "--report", file, fit);
      OutputFiles.requireDistinct(report, "--report", output, "--output");
      // Checked now so that a bad --report fails before anything is written.
      OutputFiles.requireDirectory(report, "--report");
    }
  }

  private Map<String, String> wantedColumns(List<StrategySpec> specs, boolean forFit) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (StrategySpec s : specs) {
      if (!forFit || s.isFitted()) { // constants and series fills learn nothing from --fit
        wanted.put(s.column(), "--strategy");
      }
    }
    boolean perGroupStatistic = specs.stream().anyMatch(StrategySpec::isFitted);
    if (groupBy != null && (!forFit || perGroupStatistic)) {
      wanted.putIfAbsent(groupBy, "--group-by");
    }
    if (orderBy != null && !forFit) {
      wanted.putIfAbsent(orderBy, "--order-by");
    }
    return wanted;
  }

  private static void requireNoMissingKey(TextColumns table, String column, String option) {
    if (column == null) {
      return;
    }
    TextColumns.Column c = table.columns.get(column);
    if (c.firstMissingLine >= 0) {
      throw new BadInputException(
          table.source
              + ", line "
              + c.firstMissingLine
              + ", column \""
              + column
              + "\": the "
              + option
              + " column has a missing value; every row needs a key");
    }
  }

  /** Numeric when every non-missing value in the data and the fit file is a number. */
  private Map<String, Boolean> columnKinds(
      List<StrategySpec> specs, TextColumns data, TextColumns train) {
    Map<String, Boolean> numeric = new LinkedHashMap<>();
    for (String name : data.columns.keySet()) {
      TextColumns.Column a = data.columns.get(name);
      TextColumns.Column b = train == null ? null : train.columns.get(name);
      numeric.put(name, a.allNumbers() && (b == null || b.allNumbers()));
    }
    for (StrategySpec s : specs) {
      TextColumns.Column a = data.columns.get(s.column());
      TextColumns.Column b = train == null ? null : train.columns.get(s.column());
      if (s.needsNumbers() && !numeric.get(s.column())) {
        TextColumns.Column bad = !a.allNumbers() ? a : b;
        throw new BadInputException(
            bad.source
                + ", line "
                + bad.firstNonNumberLine
                + ", column \""
                + s.column()
                + "\": "
                + NumberErrors.quote(bad.firstNonNumber)
                + " is not a number, but "
                + s.strategy().cliName()
                + " needs a numeric column");
      }
      if (s.strategy() == Strategy.CONSTANT && Double.isNaN(DecimalParser.parse(s.constant()))) {
        numeric.put(s.column(), false);
      }
    }
    return numeric;
  }

  private void checkFitValues(List<StrategySpec> specs, TextColumns fitSource) {
    NaTokens na = input.naTokens();
    for (StrategySpec s : specs) {
      if (s.isFitted() && fitSource.columns.get(s.column()).nonMissing == 0) {
        throw new BadInputException(
            fitSource.source
                + ", column \""
                + s.column()
                + "\": no non-missing value to fit "
                + s.strategy().cliName()
                + " on");
      }
      if (s.strategy() == Strategy.CONSTANT && na.isMissing(s.constant())) {
        throw new BadInputException(
            "--strategy "
                + s.column()
                + "=constant:"
                + s.constant()
                + ": the value is itself a missing-value token, so the cells would stay missing");
      }
    }
  }

  private static Table table(TextColumns columns, Map<String, Boolean> numeric) {
    Table.Builder builder = Table.builder();
    for (TextColumns.Column c : columns.columns.values()) {
      if (numeric.get(c.name)) {
        builder.numeric(c.name, c.numbers.toArray());
      } else {
        builder.text(c.name, c.textArray());
      }
    }
    return builder.build();
  }

  private ImputationPlan plan(List<StrategySpec> specs, Map<String, Boolean> numeric) {
    ImputationPlan.Builder plan = ImputationPlan.builder();
    for (StrategySpec s : specs) {
      if (s.strategy() == Strategy.CONSTANT) {
        if (numeric.get(s.column())) {
          plan.constant(s.column(), DecimalParser.parse(s.constant()));
        } else {
          plan.constant(s.column(), s.constant());
        }
      } else {
        plan.strategy(s.column(), s.strategy());
      }
    }
    if (groupBy != null) {
      plan.groupBy(groupBy);
    }
    if (orderBy != null) {
      plan.orderBy(orderBy);
    }
    if (limit != null) {
      plan.limit(limit);
    }
    return plan.build();
  }

  /** The text of each imputed cell, {@code null} where the original text is kept. */
  private static String[] fillTexts(ImputedTable result, String column, boolean numeric) {
    boolean[] mask = result.imputedMask(column);
    String[] texts = new String[mask.length];
    if (numeric) {
      double[] values = result.table().numeric(column);
      for (int i = 0; i < mask.length; i++) {
        texts[i] = mask[i] ? Double.toString(values[i]) : null;
      }
    } else {
      String[] values = result.table().text(column);
      for (int i = 0; i < mask.length; i++) {
        texts[i] = mask[i] ? values[i] : null;
      }
    }
    return texts;
  }

  /** Streams the input a second time, replacing only the imputed cells. */
  private OutputFiles.Staged stageOutput(List<String> header, Map<String, String[]> fills)
      throws IOException {
    String[][] fillOfColumn = new String[header.size()][];
    for (Map.Entry<String, String[]> e : fills.entrySet()) {
      fillOfColumn[header.indexOf(e.getKey())] = e.getValue();
    }
    return OutputFiles.stage(
        output,
        "--output",
        w -> {
          CsvWriter out = new CsvWriter(w, input.delimiter);
          try (CsvFile csv = CsvFile.open(file, input.delimiter)) {
            for (String name : csv.header()) {
              out.field(name);
            }
            out.endRecord();
            csv.readRecords(
                null,
                new RecordListener() {
                  private int row;

                  @Override
                  public void cell(int column, char[] buf, int off, int len, long line) {
                    try {
                      String[] fill = fillOfColumn[column];
                      if (fill != null && fill[row] != null) {
                        out.field(fill[row]);
                      } else {
                        out.field(buf, off, len);
                      }
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }

                  @Override
                  public void endRecord(long line) {
                    try {
                      out.endRecord();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                    row++;
                  }
                });
          }
        });
  }

  private ObjectNode reportNode(List<StrategySpec> specs, ImputedTable result, int rows) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("rows", rows);
    ObjectNode columns = root.putObject("columns");
    for (StrategySpec s : specs) {
      ImputationReport r = result.report(s.column());
      ObjectNode c = columns.putObject(s.column());
      c.put("strategy", s.strategy().cliName());
      c.put("missing", r.missing());
      c.put("imputed", r.imputed());
      c.put("remaining_missing", r.remainingMissing());
      Object fill = r.fillValue().orElse(null);
      if (fill instanceof Double d) {
        c.put("fill_value", d);
      } else if (fill != null) {
        c.put("fill_value", fill.toString());
      } else {
        c.putNull("fill_value");
      }
      if (groupBy != null && s.isFitted()) {
        c.put("group_fallbacks", r.groupFallbacks().orElse(0));
      }
    }
    return root;
  }

  private String summary(List<StrategySpec> specs, ImputedTable result, int rows) {
    TextTable table =
        new TextTable("column", "strategy", "missing", "imputed", "still missing", "fill value");
    for (StrategySpec s : specs) {
      ImputationReport r = result.report(s.column());
      Object fill = r.fillValue().orElse(null);
      String fillText =
          fill == null
              ? (s.isFill() ? "(from neighbours)" : "(per group)")
              : fill instanceof Double d ? Double.toString(d) : NumberErrors.quote(fill.toString());
      table.row(
          s.column(),
          s.strategy().cliName(),
          Integer.toString(r.missing()),
          Integer.toString(r.imputed()),
          Integer.toString(r.remainingMissing()),
          fillText);
    }
    return "Imputed "
        + file.getFileName() // the summary names the files; errors keep the full paths
        + " ("
        + rows
        + (rows == 1 ? " row" : " rows")
        + ") into "
        + output.getFileName()
        + (groupBy == null ? "" : ", within groups of \"" + groupBy + "\"")
        + (orderBy == null ? "" : ", in order of \"" + orderBy + "\"")
        + ":\n"
        + table.text();
  }
}
