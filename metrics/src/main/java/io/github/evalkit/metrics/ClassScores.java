package io.github.evalkit.metrics;

/**
 * The scores of one label in a {@link ClassificationReport}, after the zero-division policy.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param precision {@code tp/(tp+fp)} or the policy's value (NaN under {@link ZeroDivision#NAN})
 * @param recall {@code tp/(tp+fn)} or the policy's value
 * @param f1 {@code 2tp/(2tp+fp+fn)} or the policy's value
 * @param specificity {@code tn/(tn+fp)} or the policy's value
 * @param support how often the label is the actual one
 */
public record ClassScores(
    String label, double precision, double recall, double f1, double specificity, long support) {}
