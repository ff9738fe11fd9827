package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.CsvFile;
import io.github.evalkit.cli.csv.DecimalParser;
import io.github.evalkit.cli.csv.GrowableDoubles;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.RecordListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named columns of a CSV file kept both as text ({@code null} = missing) and as numbers (NaN =
 * missing or not a number), with where the first non-number and the first missing cell are, so that
 * errors can name their line.
 */
final class TextColumns {

  /** One column as read. */
  static final class Column {
    final String name;
    final String source;
    final List<String> texts = new ArrayList<>();
    final GrowableDoubles numbers = new GrowableDoubles();
    int nonMissing;
    long firstNonNumberLine = -1;
    String firstNonNumber;
    long firstMissingLine = -1;

    Column(String name, String source) {
      this.name = name;
      this.source = source;
    }

    boolean allNumbers() {
      return firstNonNumberLine < 0;
    }

    String[] textArray() {
      return texts.toArray(String[]::new);
    }
  }

  final String source;
  final List<String> header;
  final Map<String, Column> columns;
  final int rows;

  private TextColumns(String source, List<String> header, Map<String, Column> columns, int rows) {
    this.source = source;
    this.header = header;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads the named columns.
   *
   * @param options for each column name, the option that named it (for unknown-column messages)
   */
  static TextColumns read(Path file, char delimiter, NaTokens na, Map<String, String> options) {
    try (CsvFile csv = CsvFile.open(file, delimiter)) {
      int[] slots = new int[csv.header().size()];
      Arrays.fill(slots, -1);
      Map<String, Column> columns = new LinkedHashMap<>();
      List<Column> bySlot = new ArrayList<>();
      for (Map.Entry<String, String> e : options.entrySet()) {
        int index = csv.columnIndex(e.getKey(), e.getValue());
        if (slots[index] < 0) {
          slots[index] = bySlot.size();
          Column column = new Column(e.getKey(), csv.source());
          bySlot.add(column);
          columns.put(e.getKey(), column);
        }
      }
      long rows =
          csv.readRecords(
              slots,
              new RecordListener() {
                @Override
                public void cell(int slot, char[] buf, int off, int len, long line) {
                  Column column = bySlot.get(slot);
                  if (na.isMissing(buf, off, len)) {
                    column.texts.add(null);
                    column.numbers.add(Double.NaN);
                    if (column.firstMissingLine < 0) {
                      column.firstMissingLine = line;
                    }
                    return;
                  }
                  column.nonMissing++;
                  column.texts.add(new String(buf, off, len));
                  double value = DecimalParser.parse(buf, off, len);
                  column.numbers.add(value);
                  if (Double.isNaN(value) && column.firstNonNumberLine < 0) {
                    column.firstNonNumberLine = line;
                    column.firstNonNumber = new String(buf, off, len);
                  }
                }

                @Override
                public void endRecord(long line) {}
              });
      if (rows > Integer.MAX_VALUE - 8) {
        throw new io.github.evalkit.cli.csv.BadInputException(
            csv.source() + ": more than " + (Integer.MAX_VALUE - 8) + " rows");
      }
      return new TextColumns(csv.source(), csv.header(), columns, (int) rows);
    }
  }
}
