package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;

/** Small helpers shared by the imputers: argument checks and sentinel handling. Stateless. */
final class Cells {

  private Cells() {}

  /** Requires {@code sentinel} to be NaN (no sentinel) or finite. */
  static double checkSentinel(double sentinel) {
    if (Double.isInfinite(sentinel)) {
      throw new IllegalArgumentException(
          "missingValue = " + sentinel + ": a sentinel must be finite (or NaN for none)");
    }
    return sentinel;
  }

  /** A copy of {@code values} in which the sentinel cells are NaN. */
  static double[] missingAsNaN(String name, double[] values, double sentinel) {
    Checks.notNull(name, values);
    double[] w = values.clone();
    if (!Double.isNaN(sentinel)) {
      for (int i = 0; i < w.length; i++) {
        if (w[i] == sentinel) {
          w[i] = Double.NaN;
        }
      }
    }
    return w;
  }

  /**
   * As {@link #missingAsNaN}, but {@code values} itself when there is no sentinel: for callers that
   * only read the result, so that fitting a statistic does not copy the training values.
   */
  static double[] missingAsNaNToRead(String name, double[] values, double sentinel) {
    Checks.notNull(name, values);
    return Double.isNaN(sentinel) ? values : missingAsNaN(name, values, sentinel);
  }

  /** Puts the sentinel back into cells that were the sentinel in {@code original} and are NaN. */
  static void restoreSentinel(double[] original, double[] w, double sentinel) {
    if (Double.isNaN(sentinel)) {
      return;
    }
    for (int i = 0; i < w.length; i++) {
      if (Double.isNaN(w[i]) && original[i] == sentinel) {
        w[i] = original[i];
      }
    }
  }

  static int countNaN(double[] w) {
    return ArrayKernels.countNaN(w, 0, w.length);
  }

  static void checkPanel(String name, int length, Panel panel) {
    if (panel != null) {
      panel.checkRows(name, length);
    }
  }

  static IllegalArgumentException nothingToFit(Strategy strategy, String name, int length) {
    return new IllegalArgumentException(
        "cannot fit "
            + strategy.cliName()
            + ": "
            + name
            + " has no non-missing value ("
            + (length == 0 ? "it is empty" : "all " + length + " values are missing")
            + ")");
  }
}
