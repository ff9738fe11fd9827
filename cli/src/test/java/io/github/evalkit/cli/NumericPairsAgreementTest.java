package io.github.evalkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.PlainCsvGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path and the general reader give the same columns, or the same error message. */
class NumericPairsAgreementTest {

  @TempDir Path dir;

  /** A read's outcome: the columns and dropped count, or the message. */
  private record Outcome(double[] actual, double[] predicted, long dropped, String error) {
    static Outcome of(Path file, boolean drop, boolean fastPath) {
      try {
        NumericPairs p =
            NumericPairs.read(file, ',', NaTokens.defaults(), "y", "yhat", drop, fastPath);
        return new Outcome(p.actual(), p.predicted(), p.dropped(), null);
      } catch (BadInputException e) {
        return new Outcome(null, null, -1, e.getMessage());
      }
    }
  }

  @Test
  void sameColumnsOrSameErrorOnGeneratedFiles() {
    qt().withFixedSeed(20261125L)
        .withExamples(400)
        .forAll(
            longs().all(),
            integers().between(0, 120),
            doubles().between(0, 0.08),
            integers().between(0, 1))
        .checkAssert(
            (seed, rows, oddity, drop) -> {
              Path file = write(PlainCsvGenerator.csv(seed, rows, oddity));
              Outcome general = Outcome.of(file, drop == 1, false);
              Outcome fast = Outcome.of(file, drop == 1, true);
              assertThat(fast.error()).isEqualTo(general.error());
              assertThat(fast.actual()).isEqualTo(general.actual());
              assertThat(fast.predicted()).isEqualTo(general.predicted());
              assertThat(fast.dropped()).isEqualTo(general.dropped());
            });
  }

  private Path write(String text) {
    try {
      return Files.writeString(
          Files.createTempFile(dir, "data", ".csv"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
