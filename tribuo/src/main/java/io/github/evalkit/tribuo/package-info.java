/**
 * Evaluates Tribuo models with evalkit, and prepares feature columns for Tribuo with evalkit
 * imputers.
 *
 * <p>The adapter is one-way and thin: {@link io.github.evalkit.tribuo.TribuoEvaluations} turns
 * Tribuo predictions into plain arrays ({@link io.github.evalkit.tribuo.EncodedLabels}, {@link
 * io.github.evalkit.tribuo.RegressionColumns}) and hands them to {@code evalkit-metrics}; Tribuo
 * types appear only in this package. Evalkit's confusion matrix has rows = actual and columns =
 * predicted, the transpose of Tribuo's {@code LabelConfusionMatrix}.
 *
 * <p>Before training, {@link io.github.evalkit.tribuo.FeatureColumns} holds named feature columns
 * with gaps (NaN), {@link io.github.evalkit.tribuo.FeatureImputer} fits evalkit imputers on the
 * training split and fills any split, and the filled columns become Tribuo examples or a dataset.
 *
 * <p>All value classes here are immutable and safe to share between threads; the static entry
 * points are stateless. Tribuo's own objects (models, datasets, predictions) are only read, never
 * modified.
 */
package io.github.evalkit.tribuo;
