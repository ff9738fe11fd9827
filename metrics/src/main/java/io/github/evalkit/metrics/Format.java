package io.github.evalkit.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

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
   * A figure for reading: {@link #fixed} with {@code digits} decimals, except where that would hide
   * it: a non-zero value that rounds to all zeros ({@code 0.000} for an MSE of 1.4e-7), or a
   * magnitude from 1e15 on, whose fixed form has more digits than a double holds (300 of them for
   * 1e300), is written in scientific notation with {@code digits} decimals ({@code 1.400e-07}).
   */
  static String figure(double value, int digits) {
    String fixed = fixed(value, digits);
    if (!Double.isFinite(value) || value == 0) {
      return fixed;
    }
    boolean showsNoDigit = fixed.chars().noneMatch(c -> c >= '1' && c <= '9');
    if (showsNoDigit || Math.abs(value) >= 1e15) {
      return String.format(Locale.ROOT, "%." + digits + "e", value);
    }
    return fixed;
  }

  /**
   * A compact operand for explanations: integers as integers, other values with up to 6 significant
   * digits and no trailing zeros (12.5, 0.333333, 1.23457e+09). A non-integer of 1e5 or more is
   * written in scientific notation, since six digits of it would read as an exact integer
   * (6664383.286 as 6.66438e+06, not 6664380).
   */
  static String operand(double value) {
    return operand(value, 6);
  }

  /**
   * {@link #operand(double)} with up to {@code significant} digits (6 to 17; 17 digits give back
   * the double exactly). Scientific notation when the digits end before the decimal point or the
   * value is below 1e-4.
   */
  static String operand(double value, int significant) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "undefined" : String.valueOf(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(significant)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= significant - 1) {
      String digits = rounded.unscaledValue().abs().toString();
      return (rounded.signum() < 0 ? "-" : "")
          + digits.charAt(0)
          + (digits.length() > 1 ? "." + digits.substring(1) : "")
          + (exponent < 0 ? "e-" : "e+")
          + (Math.abs(exponent) < 10 ? "0" : "")
          + Math.abs(exponent);
    }
    return rounded.toPlainString();
  }

  /**
   * How far a worked formula, recomputed from its printed operands, may lie from the value it
   * explains: half a unit of the 6th decimal, well below the 3 decimals explanations show by
   * default.
   */
  static final double WORKED_TOLERANCE = 5e-7;

  /**
   * The operands of a worked formula as text, all with the fewest significant digits, from 6, with
   * which {@code formula} recomputed from the printed operands lies within {@link
   * #WORKED_TOLERANCE} of {@code value} (or is not finite either); at most 17 digits, which give
   * back the operands exactly. So a student who redoes the arithmetic gets the printed result:
   * {@code 650447.86649/2.4} is not written {@code 6.50448e+05/2.4} when it is 271019.944.
   */
  static String[] workedOperands(
      double value, ToDoubleFunction<double[]> formula, double... operands) {
    String[] texts = new String[operands.length];
    double[] printed = new double[operands.length];
    for (int significant = 6; ; significant++) {
      for (int i = 0; i < operands.length; i++) {
        texts[i] = operand(operands[i], significant);
        printed[i] = Double.isNaN(operands[i]) ? Double.NaN : Double.parseDouble(texts[i]);
      }
      double recomputed = formula.applyAsDouble(printed);
      boolean close =
          Double.isFinite(value)
              ? Math.abs(recomputed - value) <= WORKED_TOLERANCE
              : !Double.isFinite(recomputed); // undefined: a division by 0, as 1 - 1.5/0
      if (close || significant == 17) {
        return texts;
      }
    }
  }

  /** A count. */
  static String count(long value) {
    return Long.toString(value);
  }
}
