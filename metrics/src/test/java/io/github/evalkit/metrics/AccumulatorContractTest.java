package io.github.evalkit.metrics;

import static io.github.evalkit.metrics.RegressionPropertiesTest.assertFiguresClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.Samples.Pairs;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The merge laws of both accumulators: merging random splits equals one batch, merging is
 * associative and commutative, merging an empty accumulator changes nothing, and a snapshot is
 * isolated from later additions.
 */
class AccumulatorContractTest {

  // ------------------------------------------------------------------ regression

  /** Splits a sample at two random cut points into three accumulators. */
  private static RegressionAccumulator[] split(Pairs s, long seed, boolean weighted) {
    SplittableRandom r = new SplittableRandom(seed);
    int a = r.nextInt(s.n() + 1);
    int b = r.nextInt(s.n() + 1);
    int[] cuts = {0, Math.min(a, b), Math.max(a, b), s.n()};
    RegressionAccumulator[] parts = new RegressionAccumulator[3];
    for (int i = 0; i < 3; i++) {
      parts[i] = RegressionAccumulator.create();
      double[] y = Arrays.copyOfRange(s.actual(), cuts[i], cuts[i + 1]);
      double[] p = Arrays.copyOfRange(s.predicted(), cuts[i], cuts[i + 1]);
      if (weighted) {
        double[] w = Arrays.copyOfRange(s.weights(), cuts[i], cuts[i + 1]);
        // Pair by pair for one part, so that the single-pair path is merged too.
        if (i == 1) {
          for (int j = 0; j < y.length; j++) {
            parts[i].add(y[j], p[j], w[j]);
          }
        } else {
          for (int j = 0; j < y.length; j += 1000) {
            int to = Math.min(y.length, j + 1000);
            parts[i].add(0, 0, 0); // a zero-weight pair changes no weighted figure but max error
            parts[i].addAll(
                Arrays.copyOfRange(y, j, to),
                Arrays.copyOfRange(p, j, to),
                Arrays.copyOfRange(w, j, to).clone());
          }
        }
      } else if (i == 1) {
        for (int j = 0; j < y.length; j++) {
          parts[i].add(y[j], p[j]);
        }
      } else {
        parts[i].addAll(y, p);
      }
    }
    return parts;
  }

  @Test
  void mergingRandomSplitsEqualsOneBatch() {
    qt().withFixedSeed(21L)
        .forAll(Samples.pairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              RegressionAccumulator[] parts = split(s, seed, false);
              RegressionReport merged = parts[0].merge(parts[1]).merge(parts[2]).snapshot();
              RegressionReport batch = RegressionMetrics.report(s.actual(), s.predicted());
              assertFiguresClose(batch, merged, s);
              assertThat(merged.medianAbsoluteError()).isEqualTo(batch.medianAbsoluteError());
              assertThat(merged.maxError()).isEqualTo(batch.maxError());
            });
  }

  @Test
  void mergingWeightedSplitsEqualsOneWeightedBatch() {
    qt().withFixedSeed(22L)
        .forAll(Samples.pairs(), longs().all())
        .assuming((s, seed) -> s.style() != Samples.Style.WIDE_MAGNITUDES)
        .checkAssert(
            (s, seed) -> {
              RegressionAccumulator[] parts = split(s, seed, true);
              RegressionReport merged = parts[2].merge(parts[0]).merge(parts[1]).snapshot();
              RegressionReport batch =
                  RegressionMetrics.report(s.actual(), s.predicted(), s.weights());
              // The extra (0, 0, weight 0) pairs count in n and may raise max error, nothing else.
              for (String figure :
                  new String[] {"mse", "rmse", "mae", "r2", "explained_variance", "mape"}) {
                double want = batch.figures().get(figure);
                double got = merged.figures().get(figure);
                if (figure.equals("r2") || figure.equals("explained_variance")) {
                  want = 1 - want;
                  got = 1 - got;
                }
                // Weighted subnormal errors round at the subnormal spacing, wherever the weights
                // were scaled (each accumulator scales its own; see RegressionAccumulator).
                double absolute = s.style() == Samples.Style.SUBNORMAL ? 4 * Double.MIN_VALUE : 0;
                assertThat(Samples.close(want, got, 1e-12) || Math.abs(want - got) <= absolute)
                    .as("%s %s: %s vs %s", s, figure, want, got)
                    .isTrue();
              }
              assertThat(merged.medianAbsoluteError()).isEqualTo(batch.medianAbsoluteError());
            });
  }

  @Test
  void mergeIsAssociativeAndCommutative() {
    qt().withFixedSeed(23L)
        .forAll(Samples.pairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              RegressionReport left = leftAssociated(split(s, seed, false)); // (a + b) + c
              RegressionAccumulator[] p = split(s, seed, false);
              RegressionReport right = p[0].merge(p[1].merge(p[2])).snapshot(); // a + (b + c)
              RegressionAccumulator[] q = split(s, seed, false);
              RegressionReport swapped = q[2].merge(q[1]).merge(q[0]).snapshot(); // c + b + a
              assertFiguresClose(left, right, s);
              assertFiguresClose(left, swapped, s);
            });
  }

  private static RegressionReport leftAssociated(RegressionAccumulator[] p) {
    return p[0].merge(p[1]).merge(p[2]).snapshot();
  }

  @Test
  void mergingAnEmptyAccumulatorChangesNothing() {
    qt().withFixedSeed(24L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              RegressionAccumulator acc =
                  RegressionAccumulator.create().addAll(s.actual(), s.predicted());
              RegressionReport before = acc.snapshot();
              RegressionReport after = acc.merge(RegressionAccumulator.create()).snapshot();
              assertThat(after.figures()).isEqualTo(before.figures());
              RegressionReport emptyFirst =
                  RegressionAccumulator.create()
                      .merge(RegressionAccumulator.create().addAll(s.actual(), s.predicted()))
                      .snapshot();
              assertThat(emptyFirst.figures()).isEqualTo(before.figures());
            });
  }

  @Test
  void aSnapshotIsIsolatedFromLaterAdditions() {
    RegressionAccumulator acc = RegressionAccumulator.create().add(1, 2).add(3, 3);
    RegressionReport first = acc.snapshot();
    acc.add(10, -10).addAll(new double[] {5, 6}, new double[] {0, 0});
    assertThat(first.n()).isEqualTo(2);
    // errors 1 and 0: mse = 1/2, median = (0 + 1)/2
    assertThat(first.meanSquaredError()).isEqualTo(0.5);
    assertThat(first.medianAbsoluteError()).isEqualTo(0.5);
    assertThat(acc.snapshot().n()).isEqualTo(5);
  }

  @Test
  void anEmptyAccumulatorHasNoSnapshot() {
    assertThatThrownBy(() -> RegressionAccumulator.create().snapshot())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RegressionAccumulator.create().add(1, 2, 0).snapshot())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> ConfusionMatrixAccumulator.create().snapshot())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutMedianUsesNoResidualsAndSaysSo() {
    RegressionReport r =
        RegressionAccumulator.withoutMedian()
            .addAll(new double[] {1, 2, 3}, new double[] {1, 2, 4})
            .snapshot();
    assertThat(r.hasMedianAbsoluteError()).isFalse();
    assertThat(r.figures()).doesNotContainKey("median_absolute_error");
    assertThatThrownBy(r::medianAbsoluteError).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                RegressionAccumulator.create()
                    .merge(RegressionAccumulator.withoutMedian().add(1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aParallelStreamOfManyPairsEqualsTheBatch() {
    int n = 100_000;
    SplittableRandom r = new SplittableRandom(25);
    double[] y = r.doubles(n, 1e9, 1e9 + 1).toArray();
    double[] p = Arrays.stream(y).map(v -> v + 0.25).toArray();
    for (int i = 0; i < n; i += 3) {
      p[i] = y[i] - 0.5;
    }
    RegressionReport streamed =
        IntStream.range(0, n)
            .boxed()
            .parallel()
            .collect(RegressionAccumulator.toReport(i -> y[i], i -> p[i]));
    assertFiguresClose(RegressionMetrics.report(y, p), streamed, "parallel stream");
  }

  // ------------------------------------------------------------------ classification

  @Test
  void confusionMergesAreExactAndOrderFree() {
    qt().withFixedSeed(26L)
        .forAll(integers().between(1, 500), integers().between(1, 8), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              String[][] data = Samples.labels(n, k, seed, false);
              int cut = new SplittableRandom(seed).nextInt(n + 1);
              ConfusionMatrixAccumulator a = ConfusionMatrixAccumulator.create();
              ConfusionMatrixAccumulator b = ConfusionMatrixAccumulator.create();
              a.addAll(Arrays.copyOfRange(data[0], 0, cut), Arrays.copyOfRange(data[1], 0, cut));
              for (int i = cut; i < n; i++) {
                b.add(data[0][i], data[1][i]);
              }
              ConfusionMatrix batch = ConfusionMatrix.of(data[0], data[1]);
              ConfusionMatrixAccumulator ab = ConfusionMatrixAccumulator.create().merge(a).merge(b);
              ConfusionMatrixAccumulator ba = ConfusionMatrixAccumulator.create().merge(b).merge(a);
              assertThat(ab.snapshot()).isEqualTo(batch);
              assertThat(ba.snapshot()).isEqualTo(batch);
              assertThat(ab.merge(ConfusionMatrixAccumulator.create()).snapshot()).isEqualTo(batch);
            });
  }

  @Test
  void confusionSnapshotIsIsolated() {
    ConfusionMatrixAccumulator acc = ConfusionMatrixAccumulator.create().add("b", "a");
    ConfusionMatrix first = acc.snapshot();
    acc.add("a", "a").add("c", "c");
    assertThat(first.total()).isEqualTo(1);
    assertThat(first.labels()).containsExactly("a", "b");
    assertThat(acc.snapshot().labels()).containsExactly("a", "b", "c");
    assertThat(acc.snapshot().count("b", "a")).isEqualTo(1);
  }

  @Test
  void classCodeAccumulatorsUseTheKernelAndKeepAllRows() {
    ConfusionMatrixAccumulator acc = ConfusionMatrixAccumulator.forClassCodes(3);
    acc.addAll(new int[] {0, 1, 1}, new int[] {0, 1, 0});
    acc.add("1", "1");
    ConfusionMatrix m = acc.snapshot();
    assertThat(m).isEqualTo(ConfusionMatrix.of(new int[] {0, 1, 1, 1}, new int[] {0, 1, 0, 1}, 3));
    assertThat(m.labels()).containsExactly("0", "1", "2");
    assertThatThrownBy(() -> acc.addAll(new int[] {0, 3}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actual[1] = 3");
    assertThat(acc.total()).isEqualTo(4); // the failed call added nothing
    assertThatThrownBy(() -> acc.add("x", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConfusionMatrixAccumulator.create().addAll(new int[1], new int[1]))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theCollectorCountsAParallelStream() {
    String[][] data = Samples.labels(200_000, 5, 27, false);
    ConfusionMatrix streamed =
        IntStream.range(0, data[0].length)
            .boxed()
            .parallel()
            .collect(
                ConfusionMatrixAccumulator.toConfusionMatrix(i -> data[0][i], i -> data[1][i]));
    assertThat(streamed).isEqualTo(ConfusionMatrix.of(data[0], data[1]));
  }
}
