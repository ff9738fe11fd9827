package io.github.evalkit.cli.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV records with {@code \n} line endings and quotes only where a field needs them (it
 * holds the delimiter, a quote, a carriage return or a newline). A record made of one empty field,
 * or of one field of only spaces and tabs, is written quoted ({@code ""}, {@code " "}) so that it
 * is not read back as a blank line and skipped.
 *
 * <p>Not thread-safe.
 */
public final class CsvWriter {

  private final Writer out;
  private final char delimiter;
  private boolean firstField = true;
  private boolean lastFieldEmpty;
  // A first field of only spaces and tabs, written once the record turns out to have another.
  private String heldBack;

  /**
   * Creates a writer.
   *
   * @param out where to write; the caller buffers and closes it
   * @param delimiter the field delimiter
   */
  public CsvWriter(Writer out, char delimiter) {
    this.out = out;
    this.delimiter = delimiter;
  }

  /**
   * Writes one field of the current record.
   *
   * @param text the field's text
   * @throws IOException when writing fails
   */
  public void field(String text) throws IOException {
    if (!firstField) {
      writeHeldBack();
      out.write(delimiter);
    } else if (!text.isEmpty() && isBlank(text)) {
      heldBack = text;
      firstField = false;
      return;
    }
    if (needsQuotes(text)) {
      out.write('"');
      out.write(text.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(text);
    }
    lastFieldEmpty = firstField && text.isEmpty();
    firstField = false;
  }

  /**
   * Writes one field of the current record from a buffer.
   *
   * @param buf the characters
   * @param off where the field starts
   * @param len its length
   * @throws IOException when writing fails
   */
  public void field(char[] buf, int off, int len) throws IOException {
    boolean quote = false;
    for (int i = off; i < off + len && !quote; i++) {
      char c = buf[i];
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (quote || (firstField && len > 0 && isBlank(new String(buf, off, len)))) {
      field(new String(buf, off, len));
      return;
    }
    if (!firstField) {
      writeHeldBack();
      out.write(delimiter);
    }
    out.write(buf, off, len);
    lastFieldEmpty = firstField && len == 0;
    firstField = false;
  }

  /**
   * Ends the current record.
   *
   * @throws IOException when writing fails
   */
  public void endRecord() throws IOException {
    if (lastFieldEmpty) {
      out.write("\"\"");
    }
    if (heldBack != null) {
      out.write('"');
      out.write(heldBack);
      out.write('"');
      heldBack = null;
    }
    out.write('\n');
    firstField = true;
    lastFieldEmpty = false;
  }

  private void writeHeldBack() throws IOException {
    if (heldBack != null) {
      boolean quote = needsQuotes(heldBack); // a tab, when the delimiter is a tab
      if (quote) {
        out.write('"');
      }
      out.write(heldBack);
      if (quote) {
        out.write('"');
      }
      heldBack = null;
    }
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
