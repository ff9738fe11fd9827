/**
 * Metrics that measure how good a model is: regression errors and classification scores.
 *
 * <ul>
 *   <li>Regression: {@link io.github.evalkit.metrics.RegressionMetrics} (static, one figure at a
 *       time), {@link io.github.evalkit.metrics.RegressionReport} (every figure, warnings,
 *       explanations) and {@link io.github.evalkit.metrics.RegressionAccumulator} (streaming,
 *       mergeable).
 *   <li>Classification: {@link io.github.evalkit.metrics.ConfusionMatrix} (counts, rows = actual,
 *       and every score), {@link io.github.evalkit.metrics.ClassificationReport}, {@link
 *       io.github.evalkit.metrics.BinaryView}, {@link io.github.evalkit.metrics.LabelEncoder} and
 *       {@link io.github.evalkit.metrics.ConfusionMatrixAccumulator}.
 *   <li>Shared vocabulary: {@link io.github.evalkit.metrics.Average}, {@link
 *       io.github.evalkit.metrics.ZeroDivision}, {@link io.github.evalkit.metrics.MetricWarning},
 *       {@link io.github.evalkit.metrics.Explanation} and {@link io.github.evalkit.metrics.Metric}.
 * </ul>
 *
 * <p>Conventions: actual values come first, then predicted ones; metrics reject NaN and infinite
 * inputs with an {@link java.lang.IllegalArgumentException} naming argument, index and value;
 * undefined results are NaN and always come with a {@link io.github.evalkit.metrics.MetricWarning}
 * on the report (or follow the {@link io.github.evalkit.metrics.ZeroDivision} policy); nothing is
 * logged. Values are immutable and thread-safe; accumulators are mutable and not thread-safe (one
 * per thread, then merge). Inputs are never modified.
 */
package io.github.evalkit.metrics;
