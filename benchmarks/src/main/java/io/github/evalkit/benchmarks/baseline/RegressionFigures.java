package io.github.evalkit.benchmarks.baseline;

/**
 * The figures of a full regression report, as defined by {@code evalkit regress}: every variant of
 * the regression-report benchmark returns one, so that their answers can be compared.
 *
 * @param mse mean squared error
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param r2 coefficient of determination, {@code 1 − SS_res/SS_tot}
 * @param explainedVariance {@code 1 − Var(y − ŷ)/Var(y)}, population variances
 * @param maxError largest absolute error
 * @param medianAbsoluteError median of the absolute errors (mean of the two middle ones for even n)
 * @param mape mean of {@code |y − ŷ| / max(|y|, ε)}
 */
public record RegressionFigures(
    double mse,
    double rmse,
    double mae,
    double r2,
    double explainedVariance,
    double maxError,
    double medianAbsoluteError,
    double mape) {}
