package io.github.evalkit.metrics;

import java.util.Objects;

/**
 * A warning attached to a result instead of being logged: a value that was undefined and replaced
 * by the {@link ZeroDivision} policy, a figure that is undefined for the data, or a model that does
 * not beat its baseline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what sort of warning this is
 * @param metric the figure it concerns, e.g. {@code precision(yes)}, {@code r2} or {@code accuracy}
 * @param message a one-sentence explanation for people
 */
public record MetricWarning(Kind kind, String metric, String message) {

  /** The sorts of warning. */
  public enum Kind {
    /** A ratio had a zero denominator; the {@link ZeroDivision} policy chose its value. */
    ZERO_DIVISION,
    /** A figure is undefined for these data and is reported as NaN ({@code null} in JSON). */
    UNDEFINED,
    /** The model's accuracy is not above the majority-class baseline's (accuracy paradox). */
    BASELINE_NOT_BEATEN
  }

  /**
   * Validates the components.
   *
   * @param kind what sort of warning this is
   * @param metric the figure it concerns
   * @param message the explanation
   * @throws NullPointerException if any component is null
   */
  public MetricWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(message, "message");
  }

  static MetricWarning zeroDivision(String metric) {
    return new MetricWarning(
        Kind.ZERO_DIVISION,
        metric,
        metric + " is ill-defined (zero denominator) and set to 0; use ZeroDivision to choose");
  }

  static MetricWarning undefined(String metric, String why) {
    return new MetricWarning(Kind.UNDEFINED, metric, metric + " is undefined: " + why);
  }

  /**
   * The message.
   *
   * @return {@link #message()}
   */
  @Override
  public String toString() {
    return message;
  }
}
