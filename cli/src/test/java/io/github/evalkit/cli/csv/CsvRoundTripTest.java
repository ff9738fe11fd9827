package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** What the writer writes, the reader reads back field for field (the impute output's promise). */
class CsvRoundTripTest {

  @TempDir Path dir;

  private String written;

  /** Fields drawn from the characters that matter to CSV: delimiters, quotes, line breaks. */
  private static Gen<String> fields() {
    char[] alphabet = {'a', 'Z', ',', ';', '"', '\n', '\r', ' ', '\t', 'é', '1'};
    return lists()
        .of(integers().between(0, alphabet.length - 1))
        .ofSizeBetween(0, 6)
        .map(
            indices -> {
              StringBuilder s = new StringBuilder();
              indices.forEach(i -> s.append(alphabet[i]));
              return s.toString();
            });
  }

  @Test
  void writtenRecordsReadBackUnchanged() {
    qt().withFixedSeed(6L)
        .withExamples(400)
        .forAll(
            integers().between(1, 4),
            lists().of(lists().of(fields()).ofSize(4)).ofSizeBetween(0, 5),
            integers().between(0, 2).map(i -> new char[] {',', ';', '\t'}[i]))
        .checkAssert(
            (width, rows, delimiter) -> {
              List<List<String>> records = new ArrayList<>();
              for (List<String> row : rows) {
                records.add(row.subList(0, width));
              }
              List<String> header = new ArrayList<>();
              for (int c = 0; c < width; c++) {
                header.add("c" + c);
              }
              List<List<String>> read = roundTrip(header, records, delimiter);
              assertThat(read)
                  .as(() -> "written: " + written.replace("\r", "\\r"))
                  .isEqualTo(records);
            });
  }

  private List<List<String>> roundTrip(
      List<String> header, List<List<String>> records, char delimiter) {
    try {
      StringWriter text = new StringWriter();
      CsvWriter writer = new CsvWriter(text, delimiter);
      for (String h : header) {
        writer.field(h);
      }
      writer.endRecord();
      for (List<String> record : records) {
        for (String field : record) {
          writer.field(field);
        }
        writer.endRecord();
      }
      written = text.toString();
      Path file = dir.resolve("rt.csv");
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      List<List<String>> read = new ArrayList<>();
      try (CsvFile csv = CsvFile.open(file, delimiter)) {
        assertThat(csv.header()).isEqualTo(header);
        List<String> current = new ArrayList<>();
        csv.readRecords(
            null,
            new RecordListener() {
              @Override
              public void cell(int slot, char[] buf, int off, int len, long line) {
                current.add(new String(buf, off, len));
              }

              @Override
              public void endRecord(long line) {
                read.add(new ArrayList<>(current));
                current.clear();
              }
            });
      }
      return read;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
