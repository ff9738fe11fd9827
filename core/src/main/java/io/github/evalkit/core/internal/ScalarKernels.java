package io.github.evalkit.core.internal;

/**
 * The scalar provider: plain Java loops, unrolled into independent compensated accumulators so that
 * the CPU can overlap them. It is the reference the vector provider is tested against and the
 * fallback when the Vector API is unavailable (for example under {@code java -jar}).
 *
 * <p>Summation is Neumaier's improved Kahan–Babuška algorithm (Neumaier 1974,
 * "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54), run in four
 * lanes that are combined in a fixed order at the end, so results are deterministic for a given
 * input.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScalarKernels implements KernelSupport {

  /** The single instance. */
  public static final ScalarKernels INSTANCE = new ScalarKernels();

  private ScalarKernels() {}

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double d0 = a[i] - b[i];
      double d1 = a[i + 1] - b[i + 1];
      double d2 = a[i + 2] - b[i + 2];
      double d3 = a[i + 3] - b[i + 3];
      // Kahan steps; terms are non-negative, so the running sum never shrinks below a term and
      // the simpler Kahan correction is exact enough (Higham 2002, section 4.3).
      double y0 = d0 * d0 - c0;
      double t0 = s0 + y0;
      c0 = (t0 - s0) - y0;
      s0 = t0;
      double y1 = d1 * d1 - c1;
      double t1 = s1 + y1;
      c1 = (t1 - s1) - y1;
      s1 = t1;
      double y2 = d2 * d2 - c2;
      double t2 = s2 + y2;
      c2 = (t2 - s2) - y2;
      s2 = t2;
      double y3 = d3 * d3 - c3;
      double t3 = s3 + y3;
      c3 = (t3 - s3) - y3;
      s3 = t3;
    }
    for (; i < to; i++) {
      double d = a[i] - b[i];
      double y = d * d - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    return CompensatedSums.combine(s0, -c0, s1, -c1, s2, -c2, s3, -c3);
  }

  // ---- Straightforward compensated versions; the unrolled forms above are the model for them.

  @Override
  public double sum(double[] x, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      double t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
      s = t;
    }
    return s + c;
  }

  @Override
  public double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double d = x[i] - shift;
      double y = d * d - c;
      double t = s + y;
      c = (t - s) - y;
      s = t;
    }
    return s;
  }

  @Override
  public double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double y = Math.abs(a[i] - b[i]) - c;
      double t = s + y;
      c = (t - s) - y;
      s = t;
    }
    return s;
  }

  @Override
  public double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double d = a[i] - b[i];
      double y = w[i] * d * d - c;
      double t = s + y;
      c = (t - s) - y;
      s = t;
    }
    return s;
  }

  @Override
  public double weightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double y = w[i] * Math.abs(a[i] - b[i]) - c;
      double t = s + y;
      c = (t - s) - y;
      s = t;
    }
    return s;
  }

  @Override
  public double weightedSum(double[] x, double[] w, int from, int to) {
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double v = w[i] * x[i];
      double t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
      s = t;
    }
    return s + c;
  }

  @Override
  public double maxAbsoluteDifference(double[] a, double[] b, int from, int to) {
    double max = 0;
    for (int i = from; i < to; i++) {
      double d = Math.abs(a[i] - b[i]);
      if (!(d <= max)) {
        max = d; // also takes NaN, which then sticks
        if (Double.isNaN(d)) {
          return d;
        }
      }
    }
    return max;
  }

  @Override
  public void errorMoments(double[] a, double[] b, int from, int to, double[] out) {
    out[0] = sumOfSquaredDifferences(a, b, from, to);
    out[1] = sumOfAbsoluteDifferences(a, b, from, to);
    out[2] = maxAbsoluteDifference(a, b, from, to);
    double s = 0, c = 0;
    for (int i = from; i < to; i++) {
      double v = a[i] - b[i];
      double t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
      s = t;
    }
    out[3] = s + c;
    out[4] = sum(a, from, to);
  }

  @Override
  public int countNaN(double[] x, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (x[i] != x[i]) {
        n++;
      }
    }
    return n;
  }

  @Override
  public int indexOfNaN(double[] x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (x[i] != x[i]) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out) {
    double s = 0, c = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        double t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
        s = t;
        n++;
      }
    }
    out[0] = s + c;
    out[1] = n;
  }

  @Override
  public int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      double v = src[i];
      if (v != v) {
        dst[i] = value;
        n++;
      } else {
        dst[i] = v;
      }
    }
    return n;
  }

  @Override
  public double minIgnoringNaN(double[] x, int from, int to) {
    double min = Double.NaN;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v && (min != min || Double.compare(v, min) < 0)) {
        min = v;
      }
    }
    return min;
  }

  @Override
  public double maxIgnoringNaN(double[] x, int from, int to) {
    double max = Double.NaN;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v && (max != max || Double.compare(v, max) > 0)) {
        max = v;
      }
    }
    return max;
  }

  @Override
  public int forwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double last = Double.NaN;
    int run = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        last = v;
        run = 0;
      } else if (last == last && run < limit) {
        x[i] = last;
        run++;
        filled++;
      }
    }
    return filled;
  }

  @Override
  public int backwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double next = Double.NaN;
    int run = 0;
    for (int i = to - 1; i >= from; i--) {
      double v = x[i];
      if (v == v) {
        next = v;
        run = 0;
      } else if (next == next && run < limit) {
        x[i] = next;
        run++;
        filled++;
      }
    }
    return filled;
  }

  @Override
  public int countPairs(int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    for (int i = from; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      if (a < 0 || a >= k || p < 0 || p >= k) {
        return i;
      }
      counts[a * k + p]++;
    }
    return -1;
  }
}
