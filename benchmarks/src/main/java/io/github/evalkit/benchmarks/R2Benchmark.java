package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.CommonsMathRegression;
import io.github.evalkit.benchmarks.baseline.NaiveRegression;
import io.github.evalkit.metrics.RegressionMetrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Coefficient of determination R²: {@code RegressionMetrics.r2} with the scalar and with the Vector
 * API provider, against the two-pass loop (mean, then both sums of squares) and Commons Math's
 * {@code 1 − StatUtils.sumSq(ebeSubtract(actual, predicted)) / (n · new
 * Variance(false).evaluate(actual))}.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar R2Benchmark}.
 */
@Operation("R²")
@BytesPerElement(16)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class R2Benchmark extends RegressionInputs {

  /**
   * The two loops a user would write.
   *
   * @return R²
   */
  @Benchmark
  public double naive() {
    return NaiveRegression.r2(actual, predicted);
  }

  /**
   * Commons Math 3.6.1: residual array, {@code StatUtils.sumSq} and the population variance.
   *
   * @return R²
   */
  @Benchmark
  public double commonsMath() {
    return CommonsMathRegression.r2(actual, predicted);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return R²
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double evalkitScalar() {
    return RegressionMetrics.r2(actual, predicted);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return R²
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double evalkitVector() {
    return RegressionMetrics.r2(actual, predicted);
  }
}
