package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.core.ArrayKernels;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code evalkit} command. Exit codes: 0 success, 2 bad usage or bad input (one
 * message on stderr naming file, line, column and value; nothing written), 1 an unexpected internal
 * error.
 */
@Command(
    name = "evalkit",
    mixinStandardHelpOptions = true,
    versionProvider = EvalkitCommand.Version.class,
    description = "Measure models and fill missing values in CSV files.",
    footer = {
      "",
      "Exit codes: 0 success; 2 bad usage or bad input (a message on stderr, nothing written);"
          + " 1 an internal error.",
      "The kernels run scalar under 'java -jar'; to try the vector path set"
          + " JDK_JAVA_OPTIONS=--add-modules=jdk.incubator.vector."
    },
    subcommands = {
      ClassifyCommand.class,
      RegressCommand.class,
      ImputeCommand.class,
      DemoCommand.class
    })
public final class EvalkitCommand implements Runnable {

  /** Exit code for bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code for an unexpected internal error. */
  public static final int EXIT_INTERNAL = 1;

  // Held strongly so the level set on it is not lost to garbage collection.
  private static final Logger EVALKIT_LOGGER = Logger.getLogger("io.github.evalkit");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show evalkit's informational log lines (e.g. which kernels are in use).")
  void verbose(boolean verbose) {
    EVALKIT_LOGGER.setLevel(verbose ? Level.INFO : Level.WARNING);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required: classify, regress, impute or demo");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    EVALKIT_LOGGER.setLevel(Level.WARNING);
    CommandLine commandLine = newCommandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new EvalkitCommand());
    // mixinStandardHelpOptions gives every command -V/--version; the provider is declared once.
    Version version = new Version();
    commandLine
        .getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().versionProvider(version));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine cl = e.getCommandLine();
          cl.getErr()
              .println(
                  "evalkit: "
                      + e.getMessage()
                      + " (see '"
                      + cl.getCommandSpec().qualifiedName()
                      + " --help')");
          return EXIT_BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          // The libraries throw IllegalArgumentException for bad input only (see their javadoc).
          if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            cl.getErr().println("evalkit: " + e.getMessage());
            return EXIT_BAD_INPUT;
          }
          cl.getErr().println("evalkit: internal error: " + e);
          e.printStackTrace(cl.getErr());
          return EXIT_INTERNAL;
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
