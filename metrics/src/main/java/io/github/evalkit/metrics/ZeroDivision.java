package io.github.evalkit.metrics;

import java.util.List;
import java.util.Locale;

/**
 * What a ratio whose denominator is zero becomes, e.g. precision of a label that is never predicted
 * ({@code tp + fp = 0}). Mirrors scikit-learn's {@code zero_division} parameter.
 *
 * <ul>
 *   <li>{@link #WARN} (the default): the value is {@code 0} and a {@link MetricWarning} is recorded
 *       on the result;
 *   <li>{@link #ZERO}: the value is {@code 0}, silently;
 *   <li>{@link #ONE}: the value is {@code 1}, silently;
 *   <li>{@link #NAN}: the value is {@link Double#NaN} (shown as {@code null} in JSON), silently;
 *       averages leave such entries out.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum ZeroDivision {
  /** Undefined becomes 0 and a warning is recorded. */
  WARN,
  /** Undefined becomes 0. */
  ZERO,
  /** Undefined becomes 1. */
  ONE,
  /** Undefined becomes NaN ({@code null} in JSON). */
  NAN;

  /**
   * The value an undefined ratio takes under this policy.
   *
   * @return 0, 1 or NaN
   */
  public double undefinedValue() {
    switch (this) {
      case ONE:
        return 1.0;
      case NAN:
        return Double.NaN;
      default:
        return 0.0;
    }
  }

  /**
   * Parses the spelling of the command line's {@code --zero-division}: {@code warn}, {@code 0},
   * {@code 1} or {@code nan} (case-insensitive); the constant names are accepted too.
   *
   * @param text the option value
   * @return the policy
   * @throws IllegalArgumentException if {@code text} is null or not one of these spellings
   */
  public static ZeroDivision parse(String text) {
    if (text != null) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "warn":
          return WARN;
        case "0":
        case "zero":
          return ZERO;
        case "1":
        case "one":
          return ONE;
        case "nan":
          return NAN;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "zero-division is '" + text + "'; expected one of warn, 0, 1, nan");
  }

  /**
   * {@code numerator / denominator}, or this policy's value when the denominator is 0; under {@link
   * #WARN} a warning naming {@code metric} is added to {@code warnings}.
   */
  double divide(double numerator, double denominator, String metric, List<MetricWarning> warnings) {
    if (denominator != 0) {
      return numerator / denominator;
    }
    if (this == WARN && warnings != null) {
      warnings.add(MetricWarning.zeroDivision(metric));
    }
    return undefinedValue();
  }
}
