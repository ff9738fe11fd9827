package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.util.OptionalDouble;

/**
 * A forward fill, backward fill or linear interpolation, ready to apply. Works on a buffer holding
 * the rows in panel order (each entity contiguous, in time order), so the core kernels run over
 * contiguous ranges. Immutable and thread-safe.
 */
final class FittedSeries implements FittedImputer {

  private final Strategy strategy;
  private final int limit;
  private final FittedImputer fallback;
  private final double sentinel;
  private final boolean timeAxis;

  FittedSeries(
      Strategy strategy, int limit, FittedImputer fallback, double sentinel, boolean timeAxis) {
    this.strategy = strategy;
    this.limit = limit;
    this.fallback = fallback;
    this.sentinel = sentinel;
    this.timeAxis = timeAxis;
  }

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public OptionalDouble fillValue() {
    return OptionalDouble.empty();
  }

  @Override
  public double[] transform(double[] values) {
    return impute(values, null).values();
  }

  @Override
  public double[] transform(double[] values, Panel panel) {
    Checks.notNull("panel", panel);
    return impute(values, panel).values();
  }

  @Override
  public Imputed<double[]> impute(double[] values, Panel panel) {
    double[] w;
    int missing;
    if (Double.isNaN(sentinel)) {
      // Copy and count the missing cells in one kernel pass (NaN replaced by NaN is a copy).
      Checks.notNull("values", values);
      w = new double[values.length];
      missing = ArrayKernels.replaceNaN(values, Double.NaN, w, 0, values.length);
    } else {
      w = Cells.missingAsNaN("values", values, sentinel);
      missing = Cells.countNaN(w);
    }
    int n = w.length;
    Cells.checkPanel("values", n, panel);
    if (timeAxis && (panel == null || !panel.hasTimeAxis())) {
      throw new IllegalArgumentException(
          "interpolation by time needs a Panel ordered by numeric time (Panel.orderedBy(double[]))");
    }
    boolean[] edge = fallback == null ? null : new boolean[n];
    int filled = 0; // counted by the fill kernels; -1 once a step does not count
    if (missing > 0) {
      if (panel == null) {
        filled = fillRange(w, 0, n, null, null, edge);
      } else {
        int[] slots = panel.slots();
        double[] buf = new double[n];
        for (int k = 0; k < n; k++) {
          buf[k] = w[slots[k]];
        }
        for (int g = 0; g < panel.groupCount(); g++) {
          int f = fillRange(buf, panel.groupStart(g), panel.groupStart(g + 1), slots, panel, edge);
          filled = filled < 0 || f < 0 ? -1 : filled + f;
        }
        for (int k = 0; k < n; k++) {
          w[slots[k]] = buf[k];
        }
      }
      if (fallback != null) {
        applyFallback(w, panel, edge);
        filled = -1;
      }
    }
    int remaining = filled < 0 ? Cells.countNaN(w) : missing - filled;
    Cells.restoreSentinel(values, w, sentinel);
    return new Imputed<>(w, new ImputationReport(strategy, missing, missing - remaining, null, -1));
  }

  private void applyFallback(double[] w, Panel panel, boolean[] edge) {
    double[] second = panel == null ? fallback.transform(w) : fallback.transform(w, panel);
    for (int i = 0; i < w.length; i++) {
      if (edge[i]) {
        w[i] = second[i];
      }
    }
  }

  /**
   * Fills {@code [from, to)} of {@code buf}; {@code slots} maps a buffer index to its row (null for
   * the identity). Marks in {@code edge} the rows with nothing to take from.
   */
  /** Fills one group's range; returns how many cells were filled, or −1 if not counted. */
  private int fillRange(double[] buf, int from, int to, int[] slots, Panel panel, boolean[] edge) {
    int first = from;
    while (first < to && Double.isNaN(buf[first])) {
      first++;
    }
    int last = to - 1;
    while (last >= first && Double.isNaN(buf[last])) {
      last--;
    }
    if (edge != null) {
      boolean leading = strategy != Strategy.BACKWARD_FILL || first == to;
      boolean trailing = strategy != Strategy.FORWARD_FILL || first == to;
      for (int k = from; k < to; k++) {
        if ((leading && k < first) || (trailing && k > last)) {
          edge[slots == null ? k : slots[k]] = true;
        }
      }
    }
    switch (strategy) {
      case FORWARD_FILL:
        return ArrayKernels.forwardFill(buf, from, to, limit);
      case BACKWARD_FILL:
        return ArrayKernels.backwardFill(buf, from, to, limit);
      case LINEAR_INTERPOLATION:
        interpolate(buf, first, last, slots, panel);
        return -1;
      default:
        throw new IllegalStateException(strategy + " is not a series fill");
    }
  }

  /** Fills the gaps between valid cells {@code first} and {@code last} (inclusive) linearly. */
  private void interpolate(double[] buf, int first, int last, int[] slots, Panel panel) {
    int a = first;
    while (a < last) {
      int b = a + 1;
      while (Double.isNaN(buf[b])) {
        b++;
      }
      int end = (int) Math.min(b, (long) a + 1 + limit);
      for (int k = a + 1; k < end; k++) {
        buf[k] = onLine(buf[a], buf[b], fraction(a, b, k, slots, panel));
      }
      a = b;
    }
  }

  /**
   * How far cell {@code k} lies from end {@code a} towards end {@code b}, in [0, 1]: by time on a
   * time axis whose ends differ (NaN, so the cell stays missing, when an end time is infinite), by
   * position otherwise.
   */
  private double fraction(int a, int b, int k, int[] slots, Panel panel) {
    if (timeAxis) {
      double ta = panel.time(slots[a]);
      double tb = panel.time(slots[b]);
      if (tb > ta) {
        if (Double.isInfinite(ta) || Double.isInfinite(tb)) {
          return Double.NaN; // no finite distance to divide by
        }
        double tk = panel.time(slots[k]);
        double span = tb - ta;
        if (Double.isInfinite(span)) {
          // The ends are finite but their distance overflows: halving them is exact at these
          // magnitudes, and the halved distances cannot overflow.
          return (tk * 0.5 - ta * 0.5) / (tb * 0.5 - ta * 0.5);
        }
        return (tk - ta) / span;
      }
    }
    return (double) (k - a) / (b - a);
  }

  /** The value at fraction {@code f} of the way from {@code va} to {@code vb}. */
  private static double onLine(double va, double vb, double f) {
    if (f == 0) {
      return va; // a cell at an end's time takes that end's value, as numpy's interp does
    }
    if (f == 1) {
      return vb; // va + (vb - va) need not round to vb
    }
    double step = vb - va;
    double v;
    if (Double.isInfinite(step) && Double.isFinite(va) && Double.isFinite(vb)) {
      v = va * (1 - f) + vb * f; // the difference overflows; this form does not
    } else {
      v = va + step * f;
    }
    // The rounded difference can carry the line just past an end (from 1 to MIN_VALUE it reaches
    // 0.0); the exact line never leaves [min, max] of its ends. NaN passes through.
    double lo = Math.min(va, vb);
    double hi = Math.max(va, vb);
    return v < lo ? lo : (v > hi ? hi : v);
  }

  @Override
  public String toString() {
    return "Fitted " + strategy.cliName();
  }
}
