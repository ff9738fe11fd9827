package io.github.evalkit.benchmarks.baseline;

import org.apache.commons.math3.analysis.function.Abs;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.util.MathArrays;

/**
 * Regression metrics the idiomatic Apache Commons Math 3.6.1 way, composed from its building blocks
 * since it has no regression-metrics API:
 *
 * <ul>
 *   <li>residuals {@code MathArrays.ebeSubtract(actual, predicted)};
 *   <li>MSE {@code StatUtils.sumSq(residuals) / n};
 *   <li>MAE, max error: {@code new ArrayRealVector(residuals).getL1Norm() / n} and {@code
 *       getLInfNorm()};
 *   <li>R² and explained variance from {@code new Variance(false)} (population variance, a
 *       corrected two-pass algorithm) of the actual values and of the residuals;
 *   <li>median absolute error: {@code new Median().evaluate(|residuals|)}, the absolute values from
 *       {@code RealVector.map(new Abs())};
 *   <li>MAPE: {@code StatUtils.mean(MathArrays.ebeDivide(|residuals|, max(|y|, ε)))}.
 * </ul>
 */
public final class CommonsMathRegression {

  private CommonsMathRegression() {}

  /**
   * MSE via {@code MathArrays.ebeSubtract} and {@code StatUtils.sumSq}.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the mean squared error
   */
  public static double mse(double[] actual, double[] predicted) {
    return StatUtils.sumSq(MathArrays.ebeSubtract(actual, predicted)) / actual.length;
  }

  /**
   * MAE via {@code MathArrays.ebeSubtract} and the L1 norm of an {@code ArrayRealVector}.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the mean absolute error
   */
  public static double mae(double[] actual, double[] predicted) {
    return new ArrayRealVector(MathArrays.ebeSubtract(actual, predicted), false).getL1Norm()
        / actual.length;
  }

  /**
   * R² as {@code 1 − SS_res / (n · Var(y))} with {@code StatUtils.sumSq} and the population {@code
   * Variance}.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return {@code 1 − SS_res/SS_tot}
   */
  public static double r2(double[] actual, double[] predicted) {
    double ssRes = StatUtils.sumSq(MathArrays.ebeSubtract(actual, predicted));
    double ssTot = new Variance(false).evaluate(actual) * actual.length;
    return 1 - ssRes / ssTot;
  }

  /**
   * Every figure of the report, from the building blocks listed in the class comment.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the figures
   */
  public static RegressionFigures report(double[] actual, double[] predicted) {
    int n = actual.length;
    double[] residuals = MathArrays.ebeSubtract(actual, predicted);
    RealVector residualVector = new ArrayRealVector(residuals, false);
    double[] absolute = residualVector.map(new Abs()).toArray();
    double[] denominators = new double[n];
    for (int i = 0; i < n; i++) {
      denominators[i] = Math.max(Math.abs(actual[i]), NaiveRegression.EPSILON);
    }
    double mse = StatUtils.sumSq(residuals) / n;
    double varianceActual = new Variance(false).evaluate(actual);
    double varianceResidual = new Variance(false).evaluate(residuals);
    return new RegressionFigures(
        mse,
        Math.sqrt(mse),
        residualVector.getL1Norm() / n,
        1 - mse / varianceActual,
        1 - varianceResidual / varianceActual,
        residualVector.getLInfNorm(),
        new Median().evaluate(absolute),
        StatUtils.mean(MathArrays.ebeDivide(absolute, denominators)));
  }
}
