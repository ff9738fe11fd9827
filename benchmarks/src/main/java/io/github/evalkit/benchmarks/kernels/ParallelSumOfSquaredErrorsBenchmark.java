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
 * The opt-in parallel sum of squared errors ({@link ArrayKernels#parallelSumOfSquaredDifferences})
 * against the sequential kernel and the naive loop, on ranges long enough to be split: its speed-up
 * is the sequential row's time over the parallel row's, on however many cores the machine has (the
 * common fork/join pool). Out of cache the kernel is bound by memory bandwidth, which a second core
 * shares, so the speed-up there says how much bandwidth one core leaves unused. How to run: {@code
 * java -jar benchmarks/target/benchmarks.jar 'kernels.ParallelSumOfSquaredErrors'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ParallelSumOfSquaredErrorsBenchmark {

  /** Number of elements: 1,048,576 (16 MB over both arrays, in L3) and 10,000,000 (in memory). */
  @Param({"1048576", "10000000"})
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
   * The sequential kernel, scalar provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double evalkitScalar() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted, 0, size);
  }

  /**
   * The sequential kernel, Vector API provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double evalkitVector() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted, 0, size);
  }

  /**
   * The parallel kernel, scalar provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double parallelScalar() {
    return ArrayKernels.parallelSumOfSquaredDifferences(actual, predicted, 0, size);
  }

  /**
   * The parallel kernel, Vector API provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double parallelVector() {
    return ArrayKernels.parallelSumOfSquaredDifferences(actual, predicted, 0, size);
  }
}
