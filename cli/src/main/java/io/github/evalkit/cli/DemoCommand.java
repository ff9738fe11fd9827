package io.github.evalkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code evalkit demo}: runs the commands on small data sets shipped inside the jar. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Show evalkit on data sets shipped in the jar; needs no files.")
final class DemoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "== House prices: evalkit regress house-prices.csv --actual price --predicted"
            + " predicted_price");
    RegressCommand regress = new RegressCommand();
    regress.actualColumn = "price";
    regress.predictedColumn = "predicted_price";
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/house-prices.csv")) {
      return regress.evaluate("house-prices.csv", in, out);
    }
  }
}
