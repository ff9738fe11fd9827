package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.NaiveImputation;
import io.github.evalkit.imputation.Imputers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forward fill of a series with 10% missing values ({@code
 * Imputers.forwardFill().fit(x).transform(x)}), with the scalar and with the Vector API provider,
 * against the loop that copies while carrying the last value seen.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar ForwardFill}.
 */
@Operation("Forward fill")
@BytesPerElement(16)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ForwardFillBenchmark extends SeriesInputs {

  /**
   * The loops a user would write.
   *
   * @return a filled copy
   */
  @Benchmark
  public double[] naive() {
    return NaiveImputation.forwardFill(series);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return a filled copy
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double[] evalkitScalar() {
    return Imputers.forwardFill().fit(series).transform(series);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return a filled copy
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double[] evalkitVector() {
    return Imputers.forwardFill().fit(series).transform(series);
  }
}
