package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.cli.csv.NaTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvalkitCommandTest {

  @Test
  void versionNamesTheKernelProvider() {
    Cli.Run run = run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("evalkit").contains("kernels:");
  }

  @Test
  void everyCommandAnswersVersion() {
    for (String command : new String[] {"classify", "regress", "impute", "demo"}) {
      for (String option : new String[] {"--version", "-V"}) {
        Cli.Run run = run(command, option);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).as(command + " " + option).contains("evalkit").contains("kernels:");
      }
    }
  }

  @Test
  void helpRendersWithoutFormattingWarnings() {
    // picocli reports a description it cannot format (a bare %) on System.err, not on the
    // command line's own error stream.
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (String command : new String[] {"", "classify", "regress", "impute", "demo"}) {
        Cli.Run run = command.isEmpty() ? run("--help") : run(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
      }
    } finally {
      System.setErr(before);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(run("demo", "--help").out()).contains("where 70% of patients are positive");
  }

  @Test
  void helpKeepsEveryDefaultMissingValueTokenWhole() {
    for (String command : new String[] {"classify", "regress", "impute"}) {
      String help = run(command, "--help").out();
      for (String token : NaTokens.PANDAS_DEFAULTS) {
        if (!token.isEmpty()) {
          assertThat(help)
              .as(command + ": " + token)
              .containsPattern("(^|[ '])" + Pattern.quote(token) + "[,.]");
        }
      }
    }
  }

  @Test
  void aBadFormatListsTheValuesAsTheyAreSpelled() {
    Cli.Run run = run("regress", "x.csv", "--actual", "a", "--predicted", "b", "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("expected text, json or markdown, not \"xml\"");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"classify", "regress", "impute", "demo"}) {
      Cli.Run run = run(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: evalkit " + command);
    }
    assertThat(run("impute", "--help").out()).contains("--group-by").contains("Double.toString");
    assertThat(run("classify", "--help").out()).contains("--zero-division");
  }

  @Test
  void badUsageExitsWithTwoAndPrintsOneParagraphOnStderrOnly() {
    for (String[] args :
        new String[][] {
          {},
          {"frobnicate"},
          {"regress", "x.csv"},
          {"regress", "x.csv", "--actual", "a", "--predicted", "b", "--bogus"},
          {"regress", "x.csv", "--actual", "a", "--predicted", "b", "--format", "yaml"},
          {"regress", "x.csv", "--actual", "a", "--predicted", "b", "--delimiter", "ab"}
        }) {
      Cli.Run run = run(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.message().strip().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void aMissingFileIsBadInput() {
    Cli.Run run = run("regress", "does-not-exist.csv", "--actual", "a", "--predicted", "b");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("does-not-exist.csv: no such file");
  }

  @Test
  void demoShowsEveryCommandWithoutFiles() {
    Cli.Run run = run("demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("$ evalkit classify heart-disease.csv")
        .contains("does not beat the majority-class baseline")
        .contains("precision(yes) = TP/(TP+FP)")
        .contains("\"mean_prediction_rmse\"")
        .contains("group_fallbacks")
        .contains("Classification: heart-disease.csv,")
        .doesNotContain("evalkit-demo-"); // report titles name the data set, not a temp path
  }
}
