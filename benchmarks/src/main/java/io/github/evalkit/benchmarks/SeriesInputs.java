package io.github.evalkit.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A series of {@code size} values, 10% of them missing (NaN) at random positions, for the
 * imputation benchmarks; the same for every variant.
 */
@State(Scope.Benchmark)
public abstract class SeriesInputs {

  /**
   * Number of values. No odd size: the kernel benchmarks cover the vector tails, and every size
   * here costs a long warm-up.
   */
  @Param({"1000", "100000", "10000000"})
  public int size;

  // Non-final, so that the JIT cannot constant-fold the input.
  /** The series; never modified by a benchmark. */
  public double[] series;

  /** Builds the input once per fork. */
  @Setup
  public void createInputs() {
    series = Inputs.seriesWithMissing(size);
  }
}
