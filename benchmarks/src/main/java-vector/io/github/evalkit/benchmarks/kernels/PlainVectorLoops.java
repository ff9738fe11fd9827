package io.github.evalkit.benchmarks.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fastest loop the machine's vector lanes run, with no accuracy guarantee: four plain
 * accumulators of fused multiply-adds in the preferred species, reduced once at the end. It is a
 * reference, not a peer: it shows how far a kernel can go on this machine at a given size, so that
 * a compensated kernel's ratio to the naive loop can be read against what the hardware allows (at
 * 100,000 elements the two arrays no longer fit in L2, and even these lanes wait for L3).
 *
 * <p>Compiled in its own source root with {@code jdk.incubator.vector}; only benchmarks forked with
 * {@code --add-modules=jdk.incubator.vector} load it. Stateless and thread-safe.
 */
public final class PlainVectorLoops {

  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  private PlainVectorLoops() {}

  /**
   * Σ (a[i] − b[i])², uncompensated.
   *
   * @param a first array
   * @param b second array, same length
   * @return the sum
   */
  public static double sumOfSquaredDifferences(double[] a, double[] b) {
    int lanes = SPECIES.length();
    DoubleVector s0 = DoubleVector.zero(SPECIES);
    DoubleVector s1 = s0;
    DoubleVector s2 = s0;
    DoubleVector s3 = s0;
    int i = 0;
    for (int bound = a.length - 4 * lanes; i <= bound; i += 4 * lanes) {
      DoubleVector d0 =
          DoubleVector.fromArray(SPECIES, a, i).sub(DoubleVector.fromArray(SPECIES, b, i));
      DoubleVector d1 =
          DoubleVector.fromArray(SPECIES, a, i + lanes)
              .sub(DoubleVector.fromArray(SPECIES, b, i + lanes));
      DoubleVector d2 =
          DoubleVector.fromArray(SPECIES, a, i + 2 * lanes)
              .sub(DoubleVector.fromArray(SPECIES, b, i + 2 * lanes));
      DoubleVector d3 =
          DoubleVector.fromArray(SPECIES, a, i + 3 * lanes)
              .sub(DoubleVector.fromArray(SPECIES, b, i + 3 * lanes));
      s0 = d0.fma(d0, s0);
      s1 = d1.fma(d1, s1);
      s2 = d2.fma(d2, s2);
      s3 = d3.fma(d3, s3);
    }
    double sum = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    for (; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }
}
