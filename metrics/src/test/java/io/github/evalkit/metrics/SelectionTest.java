package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quickselect medians against sorting, with ties and zero weights. */
class SelectionTest {

  @Test
  void medianEqualsTheSortedDefinition() {
    qt().withFixedSeed(71L)
        .forAll(integers().between(1, 500), integers().between(1, 50), longs().all())
        .checkAssert(
            (n, distinct, seed) -> {
              double[] v =
                  new SplittableRandom(seed).ints(n, 0, distinct).asDoubleStream().toArray();
              double[] sorted = v.clone();
              Arrays.sort(sorted);
              double expected =
                  n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
              assertThat(Selection.median(v.clone(), n)).isEqualTo(expected);
              double[] ones = new double[n];
              Arrays.fill(ones, 1.0);
              assertThat(Selection.weightedMedian(v.clone(), ones, n)).isEqualTo(expected);
            });
  }

  @Test
  void weightedMedianEqualsTheSortedDefinition() {
    qt().withFixedSeed(72L)
        .forAll(integers().between(1, 300), integers().between(1, 30), longs().all())
        .checkAssert(
            (n, distinct, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] v = r.ints(n, 0, distinct).asDoubleStream().toArray();
              double[] w = new double[n];
              for (int i = 0; i < n; i++) {
                w[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 5);
              }
              w[r.nextInt(n)] = 1;
              assertThat(Selection.weightedMedian(v.clone(), w.clone(), n))
                  .isEqualTo(bySorting(v, w));
            });
  }

  /** averaged_inverted_cdf by sorting: mean of the lower and upper weighted medians. */
  private static double bySorting(double[] v, double[] w) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double half = Arrays.stream(w).sum() / 2;
    double cumulative = 0;
    double low = Double.NaN;
    for (Integer i : order) {
      cumulative += w[i];
      if (cumulative >= half) {
        low = v[i];
        break;
      }
    }
    cumulative = 0;
    double high = Double.NaN;
    for (int k = order.length - 1; k >= 0; k--) {
      cumulative += w[order[k]];
      if (cumulative >= half) {
        high = v[order[k]];
        break;
      }
    }
    return (low + high) / 2;
  }
}
