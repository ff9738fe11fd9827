package io.github.evalkit.cli;

import io.github.evalkit.core.ArrayKernels;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code evalkit} command. Exit codes: 0 success, 2 bad usage or bad input (a message
 * on stderr, nothing written), 1 an unexpected internal error.
 */
@Command(
    name = "evalkit",
    mixinStandardHelpOptions = true,
    versionProvider = EvalkitCommand.Version.class,
    description = "Measure models and fill missing values in CSV files.",
    subcommands = {
      ClassifyCommand.class,
      RegressCommand.class,
      ImputeCommand.class,
      DemoCommand.class
    })
public final class EvalkitCommand implements Runnable {

  /** Exit code for bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new EvalkitCommand());
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            cl.getErr().println("evalkit: " + e.getMessage());
            return EXIT_BAD_INPUT;
          }
          throw e;
        });
    return commandLine;
  }

  /** Prints the version and the kernel provider in use. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = EvalkitCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "evalkit " + (version == null ? "(development build)" : version),
        "kernels: " + ArrayKernels.providerName(),
        "java: " + System.getProperty("java.version")
      };
    }
  }
}
