package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

  @TempDir Path dir;

  private Path write(String content) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** Collects "line:slot=text" for every selected cell and "end@line" per record. */
  private static List<String> readAll(Path file, char delimiter) {
    List<String> events = new ArrayList<>();
    try (CsvFile csv = CsvFile.open(file, delimiter)) {
      events.add("header=" + csv.header());
      csv.readRecords(
          null,
          new RecordListener() {
            @Override
            public void cell(int slot, char[] buf, int off, int len, long line) {
              events.add(line + ":" + slot + "=" + new String(buf, off, len));
            }

            @Override
            public void endRecord(long line) {
              events.add("end@" + line);
            }
          });
    }
    return events;
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndNewlinesAndLinesAreWhereRecordsStart() throws Exception {
    Path file = write("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"multi\nline\",2\n3,4\n");
    assertThat(readAll(file, ','))
        .containsExactly(
            "header=[a, b]",
            "2:0=x,1",
            "2:1=say \"hi\"",
            "end@2",
            "3:0=multi\nline",
            "3:1=2",
            "end@3",
            "5:0=3",
            "5:1=4",
            "end@5");
  }

  @Test
  void ignoresTheBomAndSkipsBlankLinesButKeepsPhysicalLineNumbers() throws Exception {
    Path file = write("\uFEFFa;b\n\n1;2\r\n\r\n3;\"\"\n");
    assertThat(readAll(file, ';'))
        .containsExactly("header=[a, b]", "3:0=1", "3:1=2", "end@3", "5:0=3", "5:1=", "end@5");
  }

  @Test
  void aQuotedLoneCarriageReturnIsKeptNotDropped() throws Exception {
    // FastCSV 4.0.0's strict parser loses this record; Python's csv module reads ['a\rb'].
    Path file = write("c\n\"a\rb\"\nx\n");
    List<String> events = readAll(file, ',');
    assertThat(events).contains("2:0=a\rb", "end@2").anyMatch(e -> e.endsWith(":0=x"));
    assertThat(events.stream().filter(e -> e.startsWith("end@")).count()).isEqualTo(2);
  }

  @Test
  void aRecordWithAnotherFieldCountIsAnErrorNamingItsLine() throws Exception {
    Path file = write("a,b\n1,2\n\n1,2,3\n");
    assertThatThrownBy(() -> readAll(file, ','))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("t.csv, line 4: 3 fields, but the header has 2");
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    Path file = write("\n\n");
    assertThatThrownBy(() -> readAll(file, ','))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("header row is required");
  }

  @Test
  void aMissingFileIsBadInput() {
    assertThatThrownBy(() -> readAll(dir.resolve("nope.csv"), ','))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("nope.csv: no such file");
  }

  @Test
  void anOverlongFieldIsAClearErrorNotAnOutOfMemory() throws Exception {
    Path file = write("a\n\"" + "x".repeat(CsvFile.MAX_FIELD_CHARS + 1) + "\"\n");
    assertThatThrownBy(() -> readAll(file, ','))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("longer than " + CsvFile.MAX_FIELD_CHARS);
  }

  @Test
  void tooManyColumnsIsAClearError() throws Exception {
    Path file = write(",".repeat(CsvFile.MAX_COLUMNS) + "\n");
    assertThatThrownBy(() -> readAll(file, ','))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("more than " + CsvFile.MAX_COLUMNS + " fields");
  }

  @Test
  void anUnknownColumnListsTheColumns() throws Exception {
    Path file = write("y,yhat\n1,2\n");
    try (CsvFile csv = CsvFile.open(file, ',')) {
      assertThatThrownBy(() -> csv.columnIndex("nope", "--actual"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("no column \"nope\"")
          .hasMessageContaining("\"y\", \"yhat\"");
    }
  }

  @Test
  void linesOfOnlySpacesAndTabsAreBlankAndSkippedAsPandasSkipsThem() throws Exception {
    // pandas 1.5.3's read_csv skips these lines, before the header and between records; a quoted
    // field of spaces, or spaces before a delimiter, are cells.
    Path file = write("  \n\t\na,b\n1,2\n   \n \t \r\n\"  \",3\n  ,4\n");
    assertThat(readAll(file, ','))
        .containsExactly(
            "header=[a, b]",
            "4:0=1",
            "4:1=2",
            "end@4",
            "7:0=  ",
            "7:1=3",
            "end@7",
            "8:0=  ",
            "8:1=4",
            "end@8");
    try (CsvFile csv = CsvFile.open(file, ',')) {
      assertThat(
              csv.readRecords(
                  null,
                  new RecordListener() {
                    @Override
                    public void cell(int slot, char[] buf, int off, int len, long line) {}

                    @Override
                    public void endRecord(long line) {}
                  }))
          .isEqualTo(3);
    }
  }
}
