package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainNumericReaderTest {

  @TempDir Path dir;

  private Path write(String text) {
    try {
      return Files.writeString(
          Files.createTempFile(dir, "data", ".csv"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlainNumericReader.Result plain(Path file, int chunks) {
    try (CsvFile csv = CsvFile.open(file, ',')) {
      int y = csv.columnIndex("y", "--actual");
      int yhat = csv.columnIndex("yhat", "--predicted");
      return PlainNumericReader.read(
          file, ',', csv.header().size(), y, yhat, NaTokens.defaults(), chunks);
    }
  }

  @Test
  void plainValidFilesTakeTheFastPathWhateverTheChunking() {
    qt().withFixedSeed(1125L)
        .withExamples(200)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 7))
        .checkAssert(
            (seed, rows, chunks) -> {
              Path file = write(PlainCsvGenerator.csv(seed, rows, 0));
              PlainNumericReader.Result one = plain(file, 1);
              PlainNumericReader.Result many = plain(file, chunks);
              assertThat(one).isNotNull();
              assertThat(many).isNotNull();
              assertThat(one.first).hasSize(rows).isEqualTo(many.first);
              assertThat(one.second).isEqualTo(many.second);
              assertThat(one.missingRows).isZero();
            });
  }

  @Test
  void chunkingNeverChangesTheResultOrTheDecisionToHandOver() {
    qt().withFixedSeed(1126L)
        .withExamples(300)
        .forAll(longs().all(), integers().between(0, 200), integers().between(2, 9))
        .checkAssert(
            (seed, rows, chunks) -> {
              Path file = write(PlainCsvGenerator.csv(seed, rows, 0.02));
              PlainNumericReader.Result one = plain(file, 1);
              PlainNumericReader.Result many = plain(file, chunks);
              if (one == null) {
                assertThat(many).isNull();
              } else {
                assertThat(many).isNotNull();
                assertThat(many.first).isEqualTo(one.first);
                assertThat(many.second).isEqualTo(one.second);
                assertThat(many.missingRows).isEqualTo(one.missingRows);
                assertThat(many.firstMissingLines).isEqualTo(one.firstMissingLines);
              }
            });
  }

  @Test
  void handsOverWhatItDoesNotHandle() {
    String header = "y,yhat\n";
    assertThat(plain(write(header + "\"1\",2\n"), 1)).isNull(); // quoted
    assertThat(plain(write(header + "1,2\r3,4\n"), 1)).isNull(); // lone carriage return
    assertThat(plain(write(header + "1,2,3\n"), 1)).isNull(); // field count
    assertThat(plain(write(header + "1,1d\n"), 1)).isNull(); // not a number
    assertThat(plain(write(header + "1,\u00bd\n"), 1)).isNull(); // non-ASCII number
    assertThat(plain(write("\"y\",yhat\n1,2\n"), 1)).isNull(); // quoted header
    assertThat(plain(write(header + "1," + "1".repeat(65) + "\n"), 1)).isNull(); // long cell
  }

  @Test
  void countsLinesOfMissingRowsAcrossBlankLinesCrlfAndChunks() {
    // Lines: 1 header, 2 blank, 3 "1,2", 4 "NA,2", 5 blank (CRLF), 6 "3,", 7 "4,5".
    Path file = write("\uFEFFy,yhat\n\n1,2\nNA,2\r\n\r\n3,\n4,5");
    for (int chunks = 1; chunks <= 4; chunks++) {
      PlainNumericReader.Result r = plain(file, chunks);
      assertThat(r.first).containsExactly(1, 4);
      assertThat(r.second).containsExactly(2, 5);
      assertThat(r.missingRows).isEqualTo(2);
      assertThat(r.firstMissingLines).containsExactly(4L, 6L);
    }
  }
}
