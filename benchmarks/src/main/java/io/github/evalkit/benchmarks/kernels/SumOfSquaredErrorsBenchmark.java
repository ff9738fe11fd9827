package io.github.evalkit.benchmarks.kernels;

import io.github.evalkit.core.ArrayKernels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sum of squared errors, Σ (y − ŷ)², the core of MSE, RMSE and R².
 *
 * <p>{@code naiveLoop} is the loop a user would write; {@code evalkitScalar} and {@code
 * evalkitVector} run the same evalkit call and differ only in their fork arguments, which pick the
 * provider. Inputs live in non-final fields so they cannot be constant-folded, and every method
 * returns its result so the work cannot be removed. How to run: {@code java -jar
 * benchmarks/target/benchmarks.jar 'kernels.SumOfSquaredErrorsBenchmark' -p size=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Short defaults for a quick look; run.sh passes its own -wi/-i/-f.
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SumOfSquaredErrorsBenchmark {

  /** Number of elements: in L1/L2 cache (1000; 1023 adds a vector tail), in L2/L3, in memory. */
  @Param({"1000", "1023", "100000", "10000000"})
  public int size;

  // Non-final so that JMH cannot constant-fold the inputs.
  double[] actual;
  double[] predicted;

  /** Values in [0, 1000), the same for every method. */
  @Setup
  public void setUp() {
    actual = Inputs.uniform(size, 1);
    predicted = Inputs.uniform(size, 2);
  }

  /**
   * The naive single-accumulator loop.
   *
   * @return the sum
   */
  @Benchmark
  public double naiveLoop() {
    return NaiveLoops.sumOfSquaredDifferences(actual, predicted);
  }

  /**
   * Plain vector lanes, uncompensated ({@link PlainVectorLoops}): what the hardware allows, for
   * reference.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double plainVectorLanes() {
    return PlainVectorLoops.sumOfSquaredDifferences(actual, predicted);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double evalkitScalar() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted, 0, size);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double evalkitVector() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted, 0, size);
  }
}
