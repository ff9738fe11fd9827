package io.github.evalkit.cli.csv;

import java.util.Random;

/**
 * Seeded CSV texts with two numeric columns ({@code y}, {@code yhat}) among others, mostly plain
 * but reaching every case where the fast path must hand over to the general reader or agree with
 * it: quotes (with delimiters and line breaks inside), NA tokens, empty cells, spaces, BOM, CRLF,
 * lone carriage returns, blank lines, bad numbers, wrong field counts, non-ASCII text, a missing
 * final line feed. Shared by the agreement tests.
 */
public final class PlainCsvGenerator {

  private static final String[] NUMBERS = {
    "0",
    "-0",
    "1",
    "+1",
    "-2.5",
    "1.",
    ".5",
    "3e-4",
    "4.8E1",
    " 7 ",
    "\t8",
    "12.46",
    "77.89670272539225",
    "-0.2856642636735387",
    "1e22",
    "1e23",
    "9007199254740993",
    "1e-310",
    "123456789012345678901234567890",
    "1.7976931348623157e308",
    "0.1",
    "100"
  };
  private static final String[] MISSING = {"", "NA", "nan", "NULL", "#N/A", "None"};
  private static final String[] BAD = {"1d", "inf", "0x10", "1e999", "abc", "1,5", " ", "NA "};

  private PlainCsvGenerator() {}

  /**
   * A CSV text.
   *
   * @param seed the seed
   * @param rows the number of data rows
   * @param oddity the chance (0 to 1) of each odd feature per row; 0 gives a plain, valid file
   * @return the text
   */
  public static String csv(long seed, int rows, double oddity) {
    Random r = new Random(seed);
    int width = 2 + r.nextInt(3);
    int y = r.nextInt(width);
    int yhat = (y + 1 + r.nextInt(width - 1)) % width;
    StringBuilder s = new StringBuilder();
    if (r.nextDouble() < oddity * 10) {
      s.append('\uFEFF');
    }
    for (int c = 0; c < width; c++) {
      s.append(c == 0 ? "" : ",").append(c == y ? "y" : c == yhat ? "yhat" : "c" + c);
    }
    String eol = r.nextBoolean() ? "\n" : "\r\n";
    s.append(eol);
    for (int i = 0; i < rows; i++) {
      if (r.nextDouble() < oddity) {
        s.append(r.nextBoolean() ? "\n" : "\r\n"); // a blank line
      }
      int fields = r.nextDouble() < oddity / 4 ? width + (r.nextBoolean() ? 1 : -1) : width;
      for (int c = 0; c < fields; c++) {
        s.append(c == 0 ? "" : ",")
            .append(c == y || c == yhat ? numericCell(r, oddity) : other(r, oddity));
      }
      double end = r.nextDouble();
      s.append(end < oddity / 4 ? "\r" : end < 0.5 ? eol : r.nextBoolean() ? "\n" : "\r\n");
    }
    if (r.nextBoolean()) { // no final line end
      int cut = s.length() > 0 && s.charAt(s.length() - 1) == '\n' ? 1 : 0;
      cut += s.length() > cut && s.charAt(s.length() - 1 - cut) == '\r' ? 1 : 0;
      s.setLength(s.length() - cut);
    }
    return s.toString();
  }

  private static String numericCell(Random r, double oddity) {
    double u = r.nextDouble();
    if (u < oddity) {
      return MISSING[r.nextInt(MISSING.length)];
    }
    if (u < oddity * 1.3) {
      return BAD[r.nextInt(BAD.length)];
    }
    if (u < oddity * 1.6) {
      return "\"" + NUMBERS[r.nextInt(NUMBERS.length)] + "\"";
    }
    if (u < 0.5) {
      return NUMBERS[r.nextInt(NUMBERS.length)];
    }
    return Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(12) - 4));
  }

  private static String other(Random r, double oddity) {
    double u = r.nextDouble();
    if (u < oddity) {
      return "\"a, \"\"quoted\"\"\nvalue\"";
    }
    if (u < oddity * 2) {
      return "caf\u00e9";
    }
    return Integer.toString(r.nextInt(1000));
  }
}
