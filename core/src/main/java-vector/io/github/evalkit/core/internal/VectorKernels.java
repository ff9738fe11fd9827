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

  // Scalar until vectorised.
  @Override
  public double sum(double[] x, int from, int to) {
    return ScalarKernels.INSTANCE.sum(x, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    return ScalarKernels.INSTANCE.sumOfSquaresAbout(x, shift, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    return ScalarKernels.INSTANCE.sumOfAbsoluteDifferences(a, b, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    return ScalarKernels.INSTANCE.weightedSumOfSquaredDifferences(a, b, w, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double weightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    return ScalarKernels.INSTANCE.weightedSumOfAbsoluteDifferences(a, b, w, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double weightedSum(double[] x, double[] w, int from, int to) {
    return ScalarKernels.INSTANCE.weightedSum(x, w, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double maxAbsoluteDifference(double[] a, double[] b, int from, int to) {
    return ScalarKernels.INSTANCE.maxAbsoluteDifference(a, b, from, to);
  }

  // Scalar until vectorised.
  @Override
  public void errorMoments(double[] a, double[] b, int from, int to, double[] out) {
    ScalarKernels.INSTANCE.errorMoments(a, b, from, to, out);
  }

  // Scalar until vectorised.
  @Override
  public int countNaN(double[] x, int from, int to) {
    return ScalarKernels.INSTANCE.countNaN(x, from, to);
  }

  // Scalar until vectorised.
  @Override
  public int indexOfNaN(double[] x, int from, int to) {
    return ScalarKernels.INSTANCE.indexOfNaN(x, from, to);
  }

  // Scalar until vectorised.
  @Override
  public void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out) {
    ScalarKernels.INSTANCE.sumAndCountIgnoringNaN(x, from, to, out);
  }

  // Scalar until vectorised.
  @Override
  public int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    return ScalarKernels.INSTANCE.replaceNaN(src, value, dst, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double minIgnoringNaN(double[] x, int from, int to) {
    return ScalarKernels.INSTANCE.minIgnoringNaN(x, from, to);
  }

  // Scalar until vectorised.
  @Override
  public double maxIgnoringNaN(double[] x, int from, int to) {
    return ScalarKernels.INSTANCE.maxIgnoringNaN(x, from, to);
  }

  // Scalar until vectorised.
  @Override
  public int forwardFill(double[] x, int from, int to, int limit) {
    return ScalarKernels.INSTANCE.forwardFill(x, from, to, limit);
  }

  // Scalar until vectorised.
  @Override
  public int backwardFill(double[] x, int from, int to, int limit) {
    return ScalarKernels.INSTANCE.backwardFill(x, from, to, limit);
  }

  // Scalar until vectorised.
  @Override
  public int countPairs(int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    return ScalarKernels.INSTANCE.countPairs(actual, predicted, from, to, k, counts);
  }
}
