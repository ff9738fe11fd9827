package io.github.evalkit.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads named columns of a CSV file as text, with the line number where each record starts. */
final class CsvColumns {

  final String[] header;
  final List<String[]> columns;
  final long[] lines;

  private CsvColumns(String[] header, List<String[]> columns, long[] lines) {
    this.header = header;
    this.columns = columns;
    this.lines = lines;
  }

  static CsvColumns read(String source, InputStream in, String... names) throws IOException {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .detectBomHeader(true)
            .ofCsvRecord(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      var records = reader.iterator();
      if (!records.hasNext()) {
        throw new BadInputException(source + ": the file is empty; a header row is required");
      }
      String[] header = records.next().getFields().toArray(String[]::new);
      int[] indices = new int[names.length];
      for (int k = 0; k < names.length; k++) {
        indices[k] = Arrays.asList(header).indexOf(names[k]);
        if (indices[k] < 0) {
          throw new BadInputException(
              source
                  + ": no column \""
                  + names[k]
                  + "\"; the columns are "
                  + String.join(", ", header));
        }
      }
      List<List<String>> cells = new ArrayList<>();
      for (int k = 0; k < names.length; k++) {
        cells.add(new ArrayList<>());
      }
      List<Long> lines = new ArrayList<>();
      while (records.hasNext()) {
        CsvRecord record = records.next();
        if (record.getFieldCount() != header.length) {
          throw new BadInputException(
              source
                  + ", line "
                  + record.getStartingLineNumber()
                  + ": "
                  + record.getFieldCount()
                  + " fields, but the header has "
                  + header.length);
        }
        for (int k = 0; k < names.length; k++) {
          cells.get(k).add(record.getField(indices[k]));
        }
        lines.add(record.getStartingLineNumber());
      }
      List<String[]> columns = new ArrayList<>();
      for (List<String> column : cells) {
        columns.add(column.toArray(String[]::new));
      }
      return new CsvColumns(header, columns, lines.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
