package io.github.evalkit.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Actual and predicted class codes for the classification benchmarks: {@code size} rows over {@code
 * classes} classes (2 takes evalkit's binary fast path), 80% of them correct, the same for every
 * variant.
 */
@State(Scope.Benchmark)
public abstract class ClassificationInputs {

  /**
   * Number of rows. No odd size: the kernel benchmarks cover the vector tails, and every size here
   * costs a long warm-up.
   */
  @Param({"1000", "100000", "10000000"})
  public int size;

  /** Number of classes. */
  @Param({"2", "10"})
  public int classes;

  // Non-final, so that the JIT cannot constant-fold the inputs.
  /** Actual class codes in {@code [0, classes)}. */
  public int[] actual;

  /** Predicted class codes in {@code [0, classes)}. */
  public int[] predicted;

  /** Builds the inputs once per fork. */
  @Setup
  public void createInputs() {
    actual = Inputs.actualCodes(size, classes);
    predicted = Inputs.predictedCodes(actual, classes);
  }
}
