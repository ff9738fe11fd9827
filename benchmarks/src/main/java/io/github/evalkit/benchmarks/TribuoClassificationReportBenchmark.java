package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.TribuoPeers;
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
import org.tribuo.classification.evaluation.LabelEvaluation;

/**
 * Tribuo 4.3's {@code LabelEvaluator} (confusion matrix, per-label and averaged precision, recall,
 * F1, accuracy, balanced error rate) on the same rows as {@link ClassificationReportBenchmark},
 * reported under the same operation. The {@code Prediction} objects are built in the setup, outside
 * the measured part. Sizes stop at 100,000: ten million {@code Prediction} objects would need
 * gigabytes of heap.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar TribuoClassificationReport}.
 */
@State(Scope.Benchmark)
@Operation("Classification report")
@BytesPerElement(8)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class TribuoClassificationReportBenchmark {

  /**
   * Number of rows. No odd size: the kernel benchmarks cover the vector tails, and every size here
   * costs a long warm-up.
   */
  @Param({"1000", "100000"})
  public int size;

  /** Number of classes. */
  @Param({"2", "10"})
  public int classes;

  // Non-final, as every benchmark input.
  TribuoPeers.ClassificationCase predictions;

  /** Builds the predictions from the same codes the other variants use. */
  @Setup
  public void createPredictions() {
    int[] actual = Inputs.actualCodes(size, classes);
    predictions =
        TribuoPeers.classification(actual, Inputs.predictedCodes(actual, classes), classes);
  }

  /**
   * Tribuo's evaluator over its predictions.
   *
   * @return Tribuo's evaluation
   */
  @Benchmark
  public LabelEvaluation tribuo() {
    return predictions.evaluate();
  }
}
