package io.github.evalkit.cli.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses a cell as a decimal number under the CLI's strict grammar, without creating objects on the
 * common path.
 *
 * <p>Grammar: optional spaces or tabs, an optional sign, digits with an optional decimal point
 * ({@code 1}, {@code 1.}, {@code .5}), an optional exponent ({@code e}/{@code E}, optional sign,
 * digits), optional spaces or tabs. Hex, Java suffixes ({@code 1d}), {@code inf}, {@code Infinity},
 * {@code NaN} and values that overflow a double ({@code 1e999}) are not numbers. Values that
 * underflow round to zero, as {@link Double#parseDouble} does.
 *
 * <p>Conversion is correctly rounded: numbers with at most 18 significant digits whose value is
 * exact in a double times a power of ten up to 10^22 take Clinger's fast path (one correctly
 * rounded multiplication or division of two exact doubles); every other number that passed the
 * grammar check (such as the 17-digit values floating-point writers print) goes to FastDoubleParser
 * ({@code ch.randelshofer:fastdoubleparser}, the Eisel–Lemire method of fast_float, with an exact
 * fallback), which returns what {@link Double#parseDouble} returns, several times faster.
 *
 * <p>Stateless and thread-safe.
 */
public final class DecimalParser {

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  private static final long MAX_EXACT = 1L << 53;

  private DecimalParser() {}

  /**
   * Parses a cell.
   *
   * @param cell the cell text
   * @return the value, or NaN when the text is not a number (NaN is never a valid result)
   */
  public static double parse(String cell) {
    return parse(cell.toCharArray(), 0, cell.length());
  }

  /**
   * Parses a cell held in a buffer.
   *
   * @param buf the characters
   * @param off where the cell starts
   * @param len its length
   * @return the value, or NaN when the text is not a number (NaN is never a valid result)
   */
  public static double parse(char[] buf, int off, int len) {
    int i = off;
    int end = off + len;
    while (i < end && isBlank(buf[i])) {
      i++;
    }
    while (end > i && isBlank(buf[end - 1])) {
      end--;
    }
    int start = i;
    if (i < end && (buf[i] == '+' || buf[i] == '-')) {
      i++;
    }
    boolean negative = i > start && buf[start] == '-';
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    int digits = 0;
    boolean truncated = false;
    for (; i < end && isDigit(buf[i]); i++, digits++) {
      int d = buf[i] - '0';
      if (significant < 18) {
        if (mantissa != 0 || d != 0) {
          mantissa = mantissa * 10 + d;
          significant++;
        }
      } else {
        exponent++;
        truncated |= d != 0;
      }
    }
    if (i < end && buf[i] == '.') {
      for (i++; i < end && isDigit(buf[i]); i++, digits++) {
        int d = buf[i] - '0';
        if (significant < 18) {
          if (mantissa != 0 || d != 0) {
            mantissa = mantissa * 10 + d;
            significant++;
          }
          exponent--;
        } else {
          truncated |= d != 0;
        }
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (buf[i] == '+' || buf[i] == '-')) {
        negativeExponent = buf[i] == '-';
        i++;
      }
      int exponentStart = i;
      int written = 0;
      for (; i < end && isDigit(buf[i]); i++) {
        // Saturate: anything beyond a few thousand is already overflow or underflow.
        written = Math.min(written * 10 + (buf[i] - '0'), 100_000);
      }
      if (i == exponentStart) {
        return Double.NaN;
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != end) {
      return Double.NaN;
    }
    if (mantissa == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (!truncated && mantissa <= MAX_EXACT && exponent >= -22 && exponent <= 22) {
      double value =
          exponent >= 0
              ? (double) mantissa * POWERS_OF_TEN[exponent]
              : (double) mantissa / POWERS_OF_TEN[-exponent];
      return negative ? -value : value;
    }
    // The text is a valid decimal here, which FastDoubleParser's Java grammar accepts as is.
    double value = JavaDoubleParser.parseDouble(buf, start, end - start);
    return Double.isInfinite(value) ? Double.NaN : value;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
