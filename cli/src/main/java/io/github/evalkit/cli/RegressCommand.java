package io.github.evalkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.evalkit.cli.report.Json;
import io.github.evalkit.cli.report.Reports;
import io.github.evalkit.metrics.MetricWarning;
import io.github.evalkit.metrics.RegressionMetrics;
import io.github.evalkit.metrics.RegressionReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalkit regress FILE --actual COL --predicted COL}: every regression figure. */
@Command(
    name = "regress",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Regression metrics (mse, rmse, mae, r2, explained_variance, max_error,"
          + " median_absolute_error, mape, and the RMSE of always predicting the mean) for an"
          + " actual and a predicted column of a CSV file.",
      "",
      "Both columns must hold finite decimal numbers (spaces around them are ignored; hex,"
          + " 1d, inf and overflowing values are errors). r2 and explained_variance are null"
          + " (undefined, with a warning) when every actual value is the same."
    })
final class RegressCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header row.")
  Path file;

  @Option(names = "--actual", required = true, paramLabel = "COL", description = "True values.")
  String actualColumn;

  @Option(
      names = "--predicted",
      required = true,
      paramLabel = "COL",
      description = "Predicted values.")
  String predictedColumn;

  @Mixin ReportOptions report = new ReportOptions();
  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws Exception {
    if (report.output != null) {
      OutputFiles.requireNotAnInput(report.output, "--output", file);
    }
    NumericPairs pairs =
        NumericPairs.read(file, input, actualColumn, predictedColumn, report.dropMissing);
    RegressionReport figures = RegressionMetrics.report(pairs.actual(), pairs.predicted());
    String title =
        "Regression: "
            + file.getFileName() // the report names the data set; errors keep the full path
            + ", \""
            + actualColumn
            + "\" (actual) vs \""
            + predictedColumn
            + "\" (predicted)";
    String rendered =
        switch (report.format) {
          case JSON -> Json.write(json(figures, pairs.dropped()));
          case TEXT ->
              Reports.text(
                  title, figures.n(), pairs.dropped(), figures.toText(3), null, explain(figures));
          case MARKDOWN ->
              Reports.markdown(
                  title,
                  figures.n(),
                  pairs.dropped(),
                  figures.toMarkdown(3),
                  null,
                  explain(figures));
        };
    OutputFiles.emit(rendered, report.output, spec.commandLine().getOut());
    return 0;
  }

  private java.util.List<io.github.evalkit.metrics.Explanation> explain(RegressionReport r) {
    return report.explain ? r.explanations() : null;
  }

  /** The contract's keys, in its order; undefined and infinite figures are null. */
  static ObjectNode json(RegressionReport r, long dropped) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("task", "regression");
    root.put("n", r.n());
    root.put("dropped", dropped);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("mse", r.meanSquaredError());
    figures.put("rmse", r.rootMeanSquaredError());
    figures.put("mae", r.meanAbsoluteError());
    figures.put("r2", r.r2());
    figures.put("explained_variance", r.explainedVariance());
    figures.put("max_error", r.maxError());
    figures.put("median_absolute_error", r.medianAbsoluteError());
    figures.put("mape", r.meanAbsolutePercentageError());
    figures.forEach((key, value) -> Json.putNullable(root, key, value));
    double baseline = r.baselineRootMeanSquaredError();
    Json.putNullable(root.putObject("baseline"), "mean_prediction_rmse", baseline);
    figures.put("baseline.mean_prediction_rmse", baseline);
    ArrayNode warnings = root.putArray("warnings");
    for (MetricWarning w : r.warnings()) {
      warnings.add(w.message());
    }
    figures.forEach(
        (key, value) -> {
          if (Double.isInfinite(value)) {
            warnings.add(
                key
                    + " is "
                    + (value > 0 ? "+" : "-")
                    + "Infinity (beyond the largest double, about 1.8e308), which JSON cannot"
                    + " hold; it is written as null");
          }
        });
    return root;
  }
}
