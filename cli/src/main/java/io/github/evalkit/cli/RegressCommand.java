package io.github.evalkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.evalkit.metrics.RegressionMetrics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalkit regress FILE --actual COL --predicted COL}. */
@Command(
    name = "regress",
    mixinStandardHelpOptions = true,
    description = "Regression metrics for an actual and a predicted column of a CSV file.")
final class RegressCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header row.")
  Path file;

  @Option(names = "--actual", required = true, paramLabel = "COL", description = "True values.")
  String actualColumn;

  @Option(names = "--predicted", required = true, paramLabel = "COL", description = "Predictions.")
  String predictedColumn;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws Exception {
    NumericPairs pairs =
        NumericPairs.read(file, input, actualColumn, predictedColumn, report.dropMissing);
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("task", "regression");
    json.put("n", pairs.actual.length);
    json.put("dropped", pairs.dropped);
    json.put("mse", RegressionMetrics.mse(pairs.actual, pairs.predicted));
    json.put("rmse", RegressionMetrics.rmse(pairs.actual, pairs.predicted));
    json.putArray("warnings");
    OutputFiles.emit(json.toPrettyString() + "\n", report.output, spec.commandLine().getOut());
    return 0;
  }
}
