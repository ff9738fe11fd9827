package io.github.evalkit.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Paired actual and predicted values for the regression benchmarks: {@code size} values from {@link
 * Inputs}, the same for every variant. 1,023 is not a multiple of any vector width, so it reaches
 * the kernels' tails.
 */
@State(Scope.Benchmark)
public abstract class RegressionInputs {

  /**
   * Number of rows. No odd size: the kernel benchmarks cover the vector tails, and every size here
   * costs a long warm-up.
   */
  @Param({"1000", "100000", "10000000"})
  public int size;

  // Non-final, so that the JIT cannot constant-fold the inputs.
  /** Actual values. */
  public double[] actual;

  /** Predicted values. */
  public double[] predicted;

  /** Builds the inputs once per fork. */
  @Setup
  public void createInputs() {
    actual = Inputs.actualValues(size);
    predicted = Inputs.predictedValues(actual);
  }
}
