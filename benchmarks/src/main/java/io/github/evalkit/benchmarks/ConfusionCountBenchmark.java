package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.NaiveClassification;
import io.github.evalkit.metrics.ConfusionMatrix;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Confusion counting for 2 and 10 classes: {@code ConfusionMatrix.of} (range check fused into the
 * counting pass, a fast path for two classes) with the scalar and with the Vector API provider,
 * against the loop that increments {@code counts[actual * k + predicted]} per row. Commons Math has
 * no confusion matrix; Tribuo's is built inside its evaluator (see {@link
 * ClassificationReportBenchmark}).
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar ConfusionCount}.
 */
@Operation("Confusion counting")
@BytesPerElement(8)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConfusionCountBenchmark extends ClassificationInputs {

  /**
   * The loop a user would write (it trusts the codes: no range check).
   *
   * @return the row-major table
   */
  @Benchmark
  public long[] naive() {
    return NaiveClassification.confusion(actual, predicted, classes);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the confusion matrix
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public ConfusionMatrix evalkitScalar() {
    return ConfusionMatrix.of(actual, predicted, classes);
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the confusion matrix
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public ConfusionMatrix evalkitVector() {
    return ConfusionMatrix.of(actual, predicted, classes);
  }
}
