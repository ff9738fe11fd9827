package io.github.evalkit.benchmarks.kernels;

import io.github.evalkit.core.ArrayKernels;
import java.util.Arrays;
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
 * Confusion-matrix counts for k classes, with the range check of the codes.
 *
 * <p>{@code naiveLoop} is the loop a user would write; {@code evalkitScalar} and {@code
 * evalkitVector} run the same evalkit call and differ only in their fork arguments, which pick the
 * provider. Inputs live in non-final fields so they cannot be constant-folded, and every method
 * returns its result so the work cannot be removed. How to run: {@code java -jar
 * benchmarks/target/benchmarks.jar 'kernels.CountPairsBenchmark' -p size=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Short defaults for a quick look; run.sh passes its own -wi/-i/-f.
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CountPairsBenchmark {

  /** Number of elements: in L1/L2 cache (1000; 1023 adds a vector tail), in L2/L3, in memory. */
  @Param({"1000", "1023", "100000", "10000000"})
  public int size;

  /** Number of classes: 2 takes the integer-sum fast path. */
  @Param({"2", "10"})
  public int k;

  // Non-final so that JMH cannot constant-fold the inputs.
  int[] actual;
  int[] predicted;
  long[] counts;

  /** Uniformly random class codes in [0, k), the same for every method. */
  @Setup
  public void setUp() {
    actual = Inputs.codes(size, k, 4);
    predicted = Inputs.codes(size, k, 5);
    counts = new long[k * k];
  }

  /**
   * The naive single-accumulator loop.
   *
   * @return the k×k counts
   */
  @Benchmark
  public long[] naiveLoop() {
    Arrays.fill(counts, 0);
    return NaiveLoops.countPairs(actual, predicted, k, counts);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the k×k counts
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public long[] evalkitScalar() {
    Arrays.fill(counts, 0);
    ArrayKernels.countPairs(actual, predicted, 0, size, k, counts);
    return counts;
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the k×k counts
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public long[] evalkitVector() {
    Arrays.fill(counts, 0);
    ArrayKernels.countPairs(actual, predicted, 0, size, k, counts);
    return counts;
  }
}
