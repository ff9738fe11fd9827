package io.github.evalkit.metrics;

import static io.github.evalkit.metrics.Samples.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.Samples.Pairs;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Merging accumulators in any grouping and order gives the batch report: for both kinds of
 * accumulator, with and without weights, with parts that are empty or whose weights are all zero
 * (which {@link RegressionAccumulator#addAll(double[], double[], double[])} allows for a part of a
 * larger data set).
 */
class MergeLawsTest {

  private static final double REL = 1e-12;

  /** A sample split into three parts, and how to fill an accumulator with each. */
  private record Split(Pairs s, double[] weights, int[] cuts, boolean weighted, long seed) {

    RegressionAccumulator part(int i, Supplier<RegressionAccumulator> kind) {
      RegressionAccumulator acc = kind.get();
      double[] y = Arrays.copyOfRange(s.actual(), cuts[i], cuts[i + 1]);
      double[] p = Arrays.copyOfRange(s.predicted(), cuts[i], cuts[i + 1]);
      double[] w = Arrays.copyOfRange(weights, cuts[i], cuts[i + 1]);
      // The middle part goes pair by pair, so the single-pair path is merged too.
      if (i == 1) {
        for (int j = 0; j < y.length; j++) {
          if (weighted) {
            acc.add(y[j], p[j], w[j]);
          } else {
            acc.add(y[j], p[j]);
          }
        }
      } else if (weighted) {
        acc.addAll(y, p, w);
      } else {
        acc.addAll(y, p);
      }
      return acc;
    }

    RegressionReport batch() {
      return weighted
          ? RegressionMetrics.report(s.actual(), s.predicted(), weights)
          : RegressionMetrics.report(s.actual(), s.predicted());
    }

    @Override
    public String toString() {
      return s + " cuts=" + Arrays.toString(cuts) + " weighted=" + weighted + " seed=" + seed;
    }
  }

  /**
   * Weights in [0.1, 1e6], a fifth of them 0; with {@code zeroPart} in 0..2 that part's weights are
   * all 0, as long as another part keeps a positive weight.
   */
  private static Split split(Pairs s, long seed, boolean weighted, int zeroPart) {
    SplittableRandom r = new SplittableRandom(seed);
    int a = r.nextInt(s.n() + 1);
    int b = r.nextInt(s.n() + 1);
    int[] cuts = {0, Math.min(a, b), Math.max(a, b), s.n()};
    double[] w = new double[s.n()];
    for (int i = 0; i < w.length; i++) {
      w[i] = r.nextInt(5) == 0 ? 0 : r.nextDouble(0.1, 1e6);
    }
    if (zeroPart < 3) {
      Arrays.fill(w, cuts[zeroPart], cuts[zeroPart + 1], 0.0);
    }
    if (Arrays.stream(w).allMatch(v -> v == 0)) {
      // Keep one positive weight outside the zeroed part, when there is room for it.
      int keep = zeroPart < 3 && cuts[zeroPart] == 0 ? cuts[zeroPart + 1] % s.n() : 0;
      w[keep] = 1.0;
    }
    return new Split(s, w, cuts, weighted, seed);
  }

  private static void assertSameFigures(
      RegressionReport expected, RegressionReport actual, Object s) {
    assertThat(actual.n()).as("%s", s).isEqualTo(expected.n());
    assertThat(actual.maxError()).as("%s", s).isEqualTo(expected.maxError());
    Map<String, Double> got = actual.figures();
    for (Map.Entry<String, Double> e : expected.figures().entrySet()) {
      if (!got.containsKey(e.getKey())) {
        continue; // median absolute error of a withoutMedian() accumulator
      }
      // R² and explained variance are 1 − ratio; the ratio is what the algorithms control.
      boolean oneMinus = e.getKey().equals("r2") || e.getKey().equals("explained_variance");
      if (oneMinus
          && RegressionPropertiesTest.underflowedWhereOnlyTheBatchRecomputes(
              e.getValue(), got.get(e.getKey()), actual)) {
        continue;
      }
      double want = oneMinus ? 1 - e.getValue() : e.getValue();
      double have = oneMinus ? 1 - got.get(e.getKey()) : got.get(e.getKey());
      assertThat(close(want, have, REL))
          .as("%s: %s expected %s but was %s", s, e.getKey(), e.getValue(), got.get(e.getKey()))
          .isTrue();
    }
  }

  private static void checkGroupings(Split split, Supplier<RegressionAccumulator> kind) {
    RegressionReport left =
        split.part(0, kind).merge(split.part(1, kind)).merge(split.part(2, kind)).snapshot();
    RegressionReport right =
        split.part(0, kind).merge(split.part(1, kind).merge(split.part(2, kind))).snapshot();
    RegressionReport reversed =
        split.part(2, kind).merge(split.part(1, kind)).merge(split.part(0, kind)).snapshot();
    RegressionReport batch = split.batch();
    assertSameFigures(left, right, split + " (a+b)+c vs a+(b+c)");
    assertSameFigures(left, reversed, split + " (a+b)+c vs c+b+a");
    assertSameFigures(batch, left, split + " batch vs (a+b)+c");
    assertSameFigures(batch, right, split + " batch vs a+(b+c)");
    assertSameFigures(batch, reversed, split + " batch vs c+b+a");
    assertThat(left.hasMedianAbsoluteError()).isEqualTo(kind.get().keepsResiduals());
  }

  @Test
  void everyGroupingOfThreeUnweightedPartsGivesTheBatch() {
    qt().withFixedSeed(201L)
        .forAll(Samples.pairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              Split split = split(s, seed, false, 3);
              checkGroupings(split, RegressionAccumulator::create);
              checkGroupings(split, RegressionAccumulator::withoutMedian);
            });
  }

  @Test
  void everyGroupingOfThreeWeightedPartsGivesTheBatch() {
    qt().withFixedSeed(202L)
        .forAll(Samples.pairs(), longs().all(), integers().between(0, 3))
        .checkAssert(
            (s, seed, zeroPart) -> {
              Split split = split(s, seed, true, zeroPart);
              checkGroupings(split, RegressionAccumulator::create);
              checkGroupings(split, RegressionAccumulator::withoutMedian);
            });
  }
}
