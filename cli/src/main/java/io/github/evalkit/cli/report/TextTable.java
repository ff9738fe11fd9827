package io.github.evalkit.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for people: aligned plain text or a Markdown table. The first column (row names) is
 * left-aligned, the others right-aligned. Not thread-safe.
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Creates a table with a header row.
   *
   * @param header the column titles; the first titles the row names and may be empty
   */
  public TextTable(String... header) {
    rows.add(header.clone());
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   */
  public TextTable row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /**
   * The table as aligned text, two spaces between columns, a line per row.
   *
   * @return the text, ending with a newline
   */
  public String text() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        pad(line, row[c], widths[c], c > 0);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * The table in Markdown (GitHub-flavoured), with {@code |} in cells escaped.
   *
   * @return the Markdown, ending with a newline
   */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      out.append('|');
      for (String cell : row) {
        out.append(' ').append(escapeMarkdown(cell)).append(" |");
      }
      out.append('\n');
      if (r == 0) {
        out.append('|');
        for (int c = 0; c < row.length; c++) {
          out.append(c == 0 ? " --- |" : " ---: |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for a Markdown table cell: pipes, backslashes and line breaks.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escapeMarkdown(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r", "")
        .replace("\n", "<br>")
        .replace("*", "\\*")
        .replace("_", "\\_");
  }

  private int[] widths() {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], displayWidth(row[c]));
      }
    }
    return widths;
  }

  private static void pad(StringBuilder line, String cell, int width, boolean right) {
    int gap = width - displayWidth(cell);
    if (right) {
      line.append(" ".repeat(gap)).append(cell);
    } else {
      line.append(cell).append(" ".repeat(gap));
    }
  }

  /** Code points, so accented and other non-ASCII labels line up. */
  private static int displayWidth(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
