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
 * Mean absolute error: {@code RegressionMetrics.mae} with the scalar and with the Vector API
 * provider, against the one-accumulator loop and Commons Math's {@code new
 * ArrayRealVector(MathArrays.ebeSubtract(actual, predicted)).getL1Norm() / n}.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar MeanAbsoluteError}.
 */
@Operation("Mean absolute error")
@BytesPerElement(16)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MeanAbsoluteErrorBenchmark extends RegressionInputs {

  /**
   * The loop a user would write.
   *
   * @return the MAE
   */
  @Benchmark
  public double naive() {
    return NaiveRegression.mae(actual, predicted);
  }

  /**
   * Commons Math 3.6.1: residual array, then the L1 norm of a vector over it.
   *
   * @return the MAE
   */
  @Benchmark
  public double commonsMath() {
    return CommonsMathRegression.mae(actual, predicted);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the MAE
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double evalkitScalar() {
    return RegressionMetrics.mae(actual, predicted);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the MAE
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double evalkitVector() {
    return RegressionMetrics.mae(actual, predicted);
  }
}
