package io.github.evalkit.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the renderings; locale-independent. */
final class Format {

  private Format() {}

  /** {@code value} with exactly {@code digits} decimals; NaN as {@code undefined}. */
  static String fixed(double value, int digits) {
    if (digits < 0 || digits > 17) {
      throw new IllegalArgumentException("digits must be in [0, 17], but is " + digits);
    }
    if (Double.isNaN(value)) {
      return "undefined";
    }
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /**
   * A compact operand for explanations: integers as integers, other values with up to 6 significant
   * digits and no trailing zeros (12.5, 0.333333, 1.23457e+09). A non-integer of 1e5 or more is
   * written in scientific notation, since six digits of it would read as an exact integer
   * (6664383.286 as 6.66438e+06, not 6664380).
   */
  static String operand(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "undefined" : String.valueOf(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= 5) {
      return String.format(Locale.ROOT, "%.5e", value).replaceAll("\\.?0+e", "e");
    }
    return rounded.toPlainString();
  }

  /** A count. */
  static String count(long value) {
    return Long.toString(value);
  }
}
