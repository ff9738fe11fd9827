package io.github.evalkit.cli.report;

import java.util.Locale;

/** Formats numbers for people; JSON carries full precision instead. Stateless. */
public final class Numbers {
  private Numbers() {}

  /**
   * A figure rounded for reading: 3 decimals, or scientific notation for very large or small
   * magnitudes; {@code undefined} for NaN.
   *
   * @param value the figure; NaN stands for undefined
   * @return the text
   */
  public static String human(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    double abs = Math.abs(value);
    if (value == 0 || (abs >= 1e-3 && abs < 1e9)) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /**
   * A nullable figure rounded for reading.
   *
   * @param value the figure, or null for undefined
   * @return the text
   */
  public static String human(Double value) {
    return value == null ? "undefined" : human(value.doubleValue());
  }
}
