package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code impute} command; not available in this build yet. */
@Command(name = "impute", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ImputeCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", hidden = true)
  List<String> ignored;

  @Override
  public Integer call() {
    throw new BadInputException("impute is not implemented yet in this build");
  }
}
