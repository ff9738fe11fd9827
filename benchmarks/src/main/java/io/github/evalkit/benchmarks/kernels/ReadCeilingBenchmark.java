package io.github.evalkit.benchmarks.kernels;

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
 * The memory-read ceiling: the fastest plain (uncompensated) sum over one and over two arrays too
 * large for the caches. Eight independent accumulators keep the adds off the critical path, so the
 * time is what it costs to stream the bytes in; a kernel over two arrays at 10,000,000 elements is
 * judged against {@link #sumOfTwoArrays}. How to run: {@code java -jar
 * benchmarks/target/benchmarks.jar 'kernels.ReadCeiling'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ReadCeilingBenchmark {

  /** Number of elements per array: 80 MB each, far beyond the caches. */
  @Param({"10000000"})
  public int size;

  // Non-final so that JMH cannot constant-fold the inputs.
  double[] first;
  double[] second;

  /** Values in [0, 1000). */
  @Setup
  public void setUp() {
    first = Inputs.uniform(size, 1);
    second = Inputs.uniform(size, 2);
  }

  /**
   * Streams one array.
   *
   * @return the plain sum
   */
  @Benchmark
  public double sumOfOneArray() {
    return plainSum(first, null);
  }

  /**
   * Streams two arrays, as every error kernel does.
   *
   * @return the plain sum of both
   */
  @Benchmark
  public double sumOfTwoArrays() {
    return plainSum(first, second);
  }

  static double plainSum(double[] a, double[] b) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
      s4 += a[i + 4];
      s5 += a[i + 5];
      s6 += a[i + 6];
      s7 += a[i + 7];
      if (b != null) {
        s0 += b[i];
        s1 += b[i + 1];
        s2 += b[i + 2];
        s3 += b[i + 3];
        s4 += b[i + 4];
        s5 += b[i + 5];
        s6 += b[i + 6];
        s7 += b[i + 7];
      }
    }
    for (; i < n; i++) {
      s0 += a[i] + (b != null ? b[i] : 0);
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }
}
