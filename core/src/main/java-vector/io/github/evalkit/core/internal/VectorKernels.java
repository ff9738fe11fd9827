package io.github.evalkit.core.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java Vector API provider: each lane of the preferred species carries its own
 * Kahan-compensated partial sum, and the lanes are reduced in a fixed order at the end, so the
 * result is deterministic and as accurate as the scalar provider's.
 *
 * <p>Loaded by name from {@link KernelProvider}; this source root is the only code that imports
 * {@code jdk.incubator.vector}. Stateless and thread-safe.
 */
final class VectorKernels implements KernelSupport {

  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  /**
   * Creates the provider.
   *
   * @throws UnsupportedOperationException when the preferred species has fewer than two lanes
   */
  VectorKernels() {
    if (SPECIES.length() < 2) {
      throw new UnsupportedOperationException(
          "the preferred vector species has " + SPECIES.length() + " double lane(s)");
    }
  }

  @Override
  public String name() {
    return "vector(" + SPECIES.vectorBitSize() + " bits, " + SPECIES.length() + " lanes)";
  }

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    DoubleVector sum = DoubleVector.zero(SPECIES);
    DoubleVector comp = DoubleVector.zero(SPECIES);
    int i = from;
    int bound = from + SPECIES.loopBound(to - from);
    for (; i < bound; i += SPECIES.length()) {
      DoubleVector d =
          DoubleVector.fromArray(SPECIES, a, i).sub(DoubleVector.fromArray(SPECIES, b, i));
      DoubleVector y = d.mul(d).sub(comp);
      DoubleVector t = sum.add(y);
      comp = t.sub(sum).sub(y);
      sum = t;
    }
    double s = 0;
    double c = 0;
    for (int lane = 0; lane < SPECIES.length(); lane++) {
      double x = sum.lane(lane) - comp.lane(lane);
      double t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
      s = t;
    }
    for (; i < to; i++) {
      double d = a[i] - b[i];
      double x = d * d;
      double t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
      s = t;
    }
    return s + c;
  }
}
