/**
 * Metrics that measure how good a model is: regression errors and classification scores.
 *
 * <p>Static methods such as {@link io.github.evalkit.metrics.RegressionMetrics#rmse(double[],
 * double[])} are stateless and thread-safe. Inputs are never modified.
 */
package io.github.evalkit.metrics;
