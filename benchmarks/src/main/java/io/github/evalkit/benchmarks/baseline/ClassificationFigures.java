package io.github.evalkit.benchmarks.baseline;

/**
 * The summary figures of a full classification report, as defined by {@code evalkit classify}
 * (undefined per-class values count as 0, the default zero-division policy): every variant of the
 * classification-report benchmark returns one, so that their answers can be compared.
 *
 * @param accuracy trace / n
 * @param balancedAccuracy mean recall over classes with support
 * @param macroPrecision plain mean of the per-class precisions
 * @param macroRecall plain mean of the per-class recalls
 * @param macroF1 plain mean of the per-class F1 scores
 * @param weightedF1 support-weighted mean of the per-class F1 scores
 * @param mcc multiclass Matthews correlation coefficient
 * @param cohenKappa Cohen's kappa
 */
public record ClassificationFigures(
    double accuracy,
    double balancedAccuracy,
    double macroPrecision,
    double macroRecall,
    double macroF1,
    double weightedF1,
    double mcc,
    double cohenKappa) {}
