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
 * Counting missing values (NaN), as imputation reports do.
 *
 * <p>{@code naiveLoop} is the loop a user would write; {@code evalkitScalar} and {@code
 * evalkitVector} run the same evalkit call and differ only in their fork arguments, which pick the
 * provider. Inputs live in non-final fields so they cannot be constant-folded, and every method
 * returns its result so the work cannot be removed. How to run: {@code java -jar
 * benchmarks/target/benchmarks.jar 'kernels.CountNaNBenchmark' -p size=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Short defaults for a quick look; run.sh passes its own -wi/-i/-f.
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CountNaNBenchmark {

  /** Number of elements: in L1/L2 cache (1000; 1023 adds a vector tail), in L2/L3, in memory. */
  @Param({"1000", "1023", "100000", "10000000"})
  public int size;

  /**
   * Share of missing values, at random positions. A loop that branches on each value is mostly
   * predicted right at 0.1 and mispredicted about half the time at 0.5.
   */
  @Param({"0.1", "0.5"})
  public double nanFraction;

  // Non-final so that JMH cannot constant-fold the inputs.
  double[] values;

  /** Values in [0, 1000) with NaN at random positions, the same for every method. */
  @Setup
  public void setUp() {
    values = Inputs.withNaN(size, nanFraction, 3);
  }

  /**
   * The naive single-accumulator loop.
   *
   * @return the count
   */
  @Benchmark
  public int naiveLoop() {
    return NaiveLoops.countNaN(values);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the count
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public int evalkitScalar() {
    return ArrayKernels.countNaN(values, 0, size);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the count
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public int evalkitVector() {
    return ArrayKernels.countNaN(values, 0, size);
  }
}
