package io.github.evalkit.metrics;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A named figure computed from some source, so that a user's own metric can sit in a report beside
 * the built-in ones. Classification reports evaluate {@code Metric<ConfusionMatrix>} (every
 * single-label classification metric is a function of the confusion matrix); regression reports
 * evaluate {@code Metric<RegressionReport>} (a lambda may also capture the raw arrays).
 *
 * <pre>{@code
 * Metric<ConfusionMatrix> youden =
 *     Metric.of("youden_j(yes)", cm -> cm.recall("yes") + cm.specificity("yes") - 1);
 * ClassificationReport report = ClassificationReport.of(cm).withMetric(youden);
 * }</pre>
 *
 * <p>Implementations should be stateless and thread-safe.
 *
 * @param <T> what the metric is computed from
 */
public interface Metric<T> {

  /**
   * The metric's name as shown in reports, e.g. {@code youden_j(yes)}.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Computes the metric.
   *
   * @param source what to compute it from
   * @return the value; NaN if undefined
   */
  double compute(T source);

  /**
   * How the value was computed, for {@code --explain}; by default just the name and value.
   *
   * @param source what to compute it from
   * @return the explanation
   */
  default Explanation explain(T source) {
    double value = compute(source);
    return new Explanation(
        name(), "custom", Format.workedOperands(value, v -> v[0], value)[0], value);
  }

  /**
   * A metric from a name and a function.
   *
   * @param name the name shown in reports
   * @param function computes the value
   * @param <T> what the metric is computed from
   * @return the metric
   * @throws IllegalArgumentException if {@code name} is null or blank, or {@code function} is null
   */
  static <T> Metric<T> of(String name, ToDoubleFunction<? super T> function) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but is '" + name + "'");
    }
    if (function == null) {
      throw new IllegalArgumentException("function must not be null");
    }
    Objects.requireNonNull(function);
    return new Metric<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double compute(T source) {
        return function.applyAsDouble(source);
      }

      @Override
      public String toString() {
        return "Metric[" + name + "]";
      }
    };
  }
}
