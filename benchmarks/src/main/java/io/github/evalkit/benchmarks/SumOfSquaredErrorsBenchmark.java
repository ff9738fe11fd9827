package io.github.evalkit.benchmarks;

import io.github.evalkit.core.ArrayKernels;
import java.util.SplittableRandom;
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
 * Sum of squared errors, Σ (y − ŷ)²: evalkit's kernel with the scalar and the Vector API provider,
 * against the straightforward single-accumulator loop a user would write.
 *
 * <p>The two evalkit methods differ only in their fork arguments. How to run: {@code java -jar
 * benchmarks/target/benchmarks.jar SumOfSquaredErrors}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SumOfSquaredErrorsBenchmark {

  /** Number of elements; 1023 exercises the vector tail. */
  @Param({"1000", "1023", "100000", "10000000"})
  public int size;

  // Non-final so that JMH cannot constant-fold the inputs.
  double[] actual;
  double[] predicted;

  /** Fills the inputs with values near 1e3, the same for every method. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    actual = random.doubles(size, 0, 1000).toArray();
    predicted = random.doubles(size, 0, 1000).toArray();
  }

  /**
   * The loop a user would write: one accumulator, no compensation.
   *
   * @return the sum
   */
  @Benchmark
  public double naiveLoop() {
    return naive(actual, predicted);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double evalkitScalar() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the sum
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double evalkitVector() {
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted);
  }

  static double naive(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }
}
