package io.github.evalkit.benchmarks;

import io.github.evalkit.benchmarks.baseline.ClassificationFigures;
import io.github.evalkit.benchmarks.baseline.NaiveClassification;
import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ClassificationReport;
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
 * The full classification report of {@code evalkit classify} (confusion matrix, per-class
 * precision, recall and F1, their macro and weighted averages, accuracy, balanced accuracy, MCC,
 * Cohen's kappa) for 2 and 10 classes: evalkit with the scalar and with the Vector API provider,
 * against a hand-written count followed by the formulas. Tribuo's {@code LabelEvaluator} is
 * measured by {@link TribuoClassificationReportBenchmark} on up to 100,000 rows.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar ClassificationReport}.
 */
@Operation("Classification report")
@BytesPerElement(8)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// One fork, short iterations: on a shared 2-core machine the suite must finish in minutes;
// benchmarks/run.sh sets the counts actually used (see README.md).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ClassificationReportBenchmark extends ClassificationInputs {

  /**
   * Hand-written count and formulas.
   *
   * @return the summary figures
   */
  @Benchmark
  public ClassificationFigures naive() {
    return NaiveClassification.report(actual, predicted, classes);
  }

  /**
   * evalkit with the scalar provider.
   *
   * @return the summary figures
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-Devalkit.vectorization=scalar")
  public ClassificationFigures evalkitScalar() {
    return figures(ClassificationReport.of(ConfusionMatrix.of(actual, predicted, classes)));
  }

  /**
   * evalkit with the Vector API provider.
   *
   * @return the summary figures
   */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
  public ClassificationFigures evalkitVector() {
    return figures(ClassificationReport.of(ConfusionMatrix.of(actual, predicted, classes)));
  }

  /**
   * Reads every summary figure off evalkit's report, so that it does the same work as the other
   * variants even if it computed some figures lazily.
   *
   * @param report evalkit's report
   * @return the figures
   */
  static ClassificationFigures figures(ClassificationReport report) {
    return new ClassificationFigures(
        report.accuracy(),
        report.balancedAccuracy(),
        report.average(Average.MACRO).precision(),
        report.average(Average.MACRO).recall(),
        report.average(Average.MACRO).f1(),
        report.average(Average.WEIGHTED).f1(),
        report.matthewsCorrelation(),
        report.cohenKappa());
  }
}
