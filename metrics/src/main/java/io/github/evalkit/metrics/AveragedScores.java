package io.github.evalkit.metrics;

/**
 * Precision, recall and F1 averaged over labels in one way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param average how the per-label scores were combined
 * @param precision averaged precision; NaN when undefined
 * @param recall averaged recall; NaN when undefined
 * @param f1 averaged F1 (mean of per-label F1); NaN when undefined
 */
public record AveragedScores(Average average, double precision, double recall, double f1) {}
