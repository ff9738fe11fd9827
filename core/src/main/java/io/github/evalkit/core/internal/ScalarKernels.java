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
}
