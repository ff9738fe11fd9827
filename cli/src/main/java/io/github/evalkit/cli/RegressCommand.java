package io.github.evalkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.evalkit.metrics.RegressionMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalkit regress FILE --actual COL --predicted COL}: regression metrics as JSON. */
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

  @Option(
      names = "--predicted",
      required = true,
      paramLabel = "COL",
      description = "Predicted values.")
  String predictedColumn;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return evaluate(file.toString(), in, spec.commandLine().getOut());
    }
  }

  int evaluate(String source, InputStream in, PrintWriter out) throws IOException {
    CsvColumns table = CsvColumns.read(source, in, actualColumn, predictedColumn);
    double[] actual = parse(source, table, 0, actualColumn);
    double[] predicted = parse(source, table, 1, predictedColumn);
    if (actual.length == 0) {
      throw new BadInputException(source + ": no rows to evaluate");
    }
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("task", "regression");
    json.put("n", actual.length);
    json.put("dropped", 0);
    json.put("mse", RegressionMetrics.mse(actual, predicted));
    json.put("rmse", RegressionMetrics.rmse(actual, predicted));
    json.putArray("warnings");
    out.println(json.toPrettyString());
    out.flush();
    return 0;
  }

  private static double[] parse(String source, CsvColumns table, int k, String name) {
    String[] cells = table.columns.get(k);
    double[] values = new double[cells.length];
    for (int i = 0; i < cells.length; i++) {
      try {
        values[i] = Double.parseDouble(cells[i].strip());
      } catch (NumberFormatException e) {
        values[i] = Double.NaN;
      }
      if (!Double.isFinite(values[i])) {
        throw new BadInputException(
            source
                + ", line "
                + table.lines[i]
                + ", column \""
                + name
                + "\": \""
                + cells[i]
                + "\" is not a finite number");
      }
    }
    return values;
  }
}
