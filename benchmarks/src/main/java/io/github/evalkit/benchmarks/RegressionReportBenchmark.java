package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.CommonsMathRegression;
import io.github.evalkit.benchmarks.baseline.NaiveRegression;
import io.github.evalkit.benchmarks.baseline.RegressionFigures;
import io.github.evalkit.metrics.RegressionMetrics;
import io.github.evalkit.metrics.RegressionReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full regression report of {@code evalkit regress} (MSE, RMSE, MAE, R², explained variance,
 * max error, median absolute error, MAPE): evalkit with the scalar and with the Vector API
 * provider, against hand-written loops and Commons Math 3.6.1's building blocks (see {@link
 * CommonsMathRegression}). Tribuo's evaluator, which needs one object per row, is measured by
 * {@link TribuoRegressionReportBenchmark} on up to 100,000 rows. The median needs a sorted copy of
 * the absolute errors in every variant, so this report is dominated by sorting at large sizes.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar RegressionReport}.
 */
@Operation("Regression report")
@BytesPerElement(16)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RegressionReportBenchmark extends RegressionInputs {

  /**
   * Hand-written loops: means, one pass of sums, a sorted copy for the median.
   *
   * @return the figures
   */
  @Benchmark
  public RegressionFigures naive() {
    return NaiveRegression.report(actual, predicted);
  }

  /**
   * Commons Math 3.6.1 building blocks.
   *
   * @return the figures
   */
  @Benchmark
  public RegressionFigures commonsMath() {
    return CommonsMathRegression.report(actual, predicted);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the figures
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public RegressionFigures evalkitScalar() {
    return figures(RegressionMetrics.report(actual, predicted));
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the figures
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public RegressionFigures evalkitVector() {
    return figures(RegressionMetrics.report(actual, predicted));
  }

  /**
   * Reads every figure off evalkit's report, so that it does the same work as the other variants
   * even if it computed some figures lazily.
   *
   * @param report evalkit's report
   * @return the figures
   */
  static RegressionFigures figures(RegressionReport report) {
    return new RegressionFigures(
        report.meanSquaredError(),
        report.rootMeanSquaredError(),
        report.meanAbsoluteError(),
        report.r2(),
        report.explainedVariance(),
        report.maxError(),
        report.medianAbsoluteError(),
        report.meanAbsolutePercentageError());
  }
}
