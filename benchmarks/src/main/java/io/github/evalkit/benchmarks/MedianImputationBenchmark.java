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
 * Median imputation of a series with 10% missing values ({@code
 * Imputers.median().fit(x).transform(x)}), with the scalar and with the Vector API provider,
 * against copying the present values, {@code Arrays.sort} and a filling loop. Sorting dominates
 * both.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar MedianImputation}.
 */
@Operation("Median imputation")
@BytesPerElement(24)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MedianImputationBenchmark extends SeriesInputs {

  /**
   * The loops a user would write.
   *
   * @return a filled copy
   */
  @Benchmark
  public double[] naive() {
    return NaiveImputation.medianFill(series);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return a filled copy
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public double[] evalkitScalar() {
    return Imputers.median().fit(series).transform(series);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return a filled copy
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public double[] evalkitVector() {
    return Imputers.median().fit(series).transform(series);
  }
}
