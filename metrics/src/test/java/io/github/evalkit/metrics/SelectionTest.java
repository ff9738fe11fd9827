package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sampled and quickselect medians against sorting, with ties, infinities and zero weights. */
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

  /** Shapes that bracketing by a sample must survive: ties, sorted runs, clusters, extremes. */
  private static double[] shaped(int shape, int n, SplittableRandom r) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case 0 -> v[i] = r.nextDouble();
        case 1 -> v[i] = r.nextInt(3);
        case 2 -> v[i] = i;
        case 3 -> v[i] = n - i;
        case 4 -> v[i] = r.nextBoolean() ? r.nextDouble() : 1e300 * r.nextDouble();
        case 5 -> v[i] = 7.0;
        default -> v[i] = i % 2 == 0 ? Double.POSITIVE_INFINITY : Double.MIN_VALUE * r.nextInt(4);
      }
    }
    return v;
  }

  private static double sortedMedian(double[] v) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double low = sorted[(n - 1) / 2];
    double high = sorted[n / 2];
    return low == high ? low : low + (high - low) / 2;
  }

  @Test
  void sampledMedianIsExactOrDeclines() {
    qt().withFixedSeed(73L)
        .forAll(
            integers().between(0, 6),
            integers().between(1, 3000),
            integers().between(1, 600),
            longs().all())
        .checkAssert(
            (shape, n, sampleSize, seed) -> {
              double[] v = shaped(shape, n, new SplittableRandom(seed));
              double[] copy = v.clone();
              OptionalDouble sampled = Selection.sampledMedian(copy, n, sampleSize, seed);
              assertThat(copy).as("input untouched").isEqualTo(v);
              if (sampled.isPresent()) {
                assertThat(sampled.getAsDouble()).isEqualTo(sortedMedian(v));
              }
            });
  }

  @Test
  void sampledMedianBracketsDistinctValues() {
    // With distinct values the bracket misses only if the sample rank strays six standard
    // deviations: the fast path must be the one taken.
    qt().withFixedSeed(74L)
        .forAll(integers().between(5000, 20000), integers().between(256, 2048), longs().all())
        .checkAssert(
            (n, sampleSize, seed) -> {
              double[] v = shaped(0, n, new SplittableRandom(seed));
              assertThat(Selection.sampledMedian(v, n, sampleSize, seed)).hasValue(sortedMedian(v));
            });
  }

  @Test
  void largeMediansTakeTheSampledPathAndAgreeWithSorting() {
    SplittableRandom r = new SplittableRandom(75);
    for (int n : new int[] {Selection.SAMPLED_FROM, Selection.SAMPLED_FROM + 1}) {
      for (int shape = 0; shape <= 6; shape++) {
        double[] v = shaped(shape, n, r);
        assertThat(Selection.median(v.clone(), n))
            .as("shape %d, n %d", shape, n)
            .isEqualTo(sortedMedian(v));
      }
    }
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
