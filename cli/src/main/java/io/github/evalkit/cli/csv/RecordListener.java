package io.github.evalkit.cli.csv;

/**
 * Receives the selected cells of each data record as they are parsed. The buffer is only valid
 * during the call, so a listener parses or copies what it needs at once, which lets numeric columns
 * be read without a {@code String} per cell.
 */
public interface RecordListener {

  /**
   * One selected cell, with quotes already removed.
   *
   * @param slot the selected column's slot (see {@link CsvFile#readRecords})
   * @param buf the characters
   * @param off where the cell starts
   * @param len its length
   * @param line the physical line where the record starts, 1-based
   */
  void cell(int slot, char[] buf, int off, int len, long line);

  /**
   * The end of a record whose field count matched the header.
   *
   * @param line the physical line where the record starts, 1-based
   */
  void endRecord(long line);
}
