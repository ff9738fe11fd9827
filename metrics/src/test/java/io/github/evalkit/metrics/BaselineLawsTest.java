package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.MetricWarning.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The majority-class baseline: the most frequent actual label, ties going to the first in label
 * order, and whether a model beats it.
 */
class BaselineLawsTest {

  /**
   * Label pools with their order written out by hand: numbers by value, else text. The last pool
   * mixes numbers and text, so {@code "B"} is always among its labels (else "10" and "9" alone
   * would be ordered by value).
   */
  private static final List<List<String>> POOLS_IN_ORDER =
      List.of(
          List.of("-2", "0.5", "9", "10", "100"),
          List.of("a", "b", "maybe", "no", "yes"),
          List.of("10", "9", "B", "a", "z"));

  @Test
  void tiesGoToTheFirstLabelInNumericOrder() {
    ConfusionMatrix m =
        ConfusionMatrix.of(new String[] {"10", "9", "10", "9"}, new String[] {"9", "9", "9", "9"});
    assertThat(m.baseline()).isEqualTo(new MajorityBaseline("9", 2, 4));
  }

  @Test
  void theBaselineIsTheFirstLabelWithTheLargestSupport() {
    qt().withFixedSeed(501L)
        .forAll(
            Samples.lengths(), integers().between(0, 2), integers().between(1, 5), longs().all())
        .checkAssert(
            (n, pool, k0, seed) -> {
              List<String> order = POOLS_IN_ORDER.get(pool);
              int k = pool == 2 ? Math.max(k0, 3) : k0;
              SplittableRandom r = new SplittableRandom(seed);
              // Few labels and, half of the time, each actual label equally often: many ties.
              boolean balanced = r.nextBoolean();
              String[] actual = new String[n];
              String[] predicted = new String[n];
              for (int i = 0; i < n; i++) {
                actual[i] = order.get(balanced ? (i * 7 + (int) (seed & 3)) % k : r.nextInt(k));
                predicted[i] = r.nextInt(3) == 0 ? actual[i] : order.get(r.nextInt(k));
              }
              if (pool == 2) {
                predicted[0] = "B";
              }
              ConfusionMatrix m = ConfusionMatrix.of(actual, predicted);
              long[] support = new long[order.size()];
              for (String a : actual) {
                support[order.indexOf(a)]++;
              }
              long max = Arrays.stream(support).max().getAsLong();
              String first = null;
              for (int c = 0; c < order.size() && first == null; c++) {
                first = support[c] == max ? order.get(c) : null;
              }
              String what = Arrays.toString(actual) + " " + Arrays.toString(predicted);
              MajorityBaseline b = m.baseline();
              assertThat(b.count()).as(what).isEqualTo(max);
              assertThat(b.label()).as(what).isEqualTo(first);
              assertThat(b.total()).isEqualTo((long) n);
              assertThat(ClassificationReport.of(m).baseline()).isEqualTo(b);

              long correct = 0;
              for (int i = 0; i < n; i++) {
                correct += actual[i].equals(predicted[i]) ? 1 : 0;
              }
              boolean beats = (double) correct / n > (double) max / n;
              assertThat(m.beatsBaseline()).as(what).isEqualTo(beats);
              assertThat(m.accuracy() > b.accuracy()).as(what).isEqualTo(beats);
              assertThat(m.warnings().stream().anyMatch(w -> w.kind() == Kind.BASELINE_NOT_BEATEN))
                  .as(what)
                  .isEqualTo(!beats);

              // Always predicting the majority label scores exactly the baseline, and so does not
              // beat it.
              String[] majority = new String[n];
              Arrays.fill(majority, b.label());
              ConfusionMatrix always = ConfusionMatrix.of(actual, majority);
              assertThat(always.accuracy()).as(what).isEqualTo(b.accuracy());
              // (Its label set may differ, and so may its order: only the count is the same.)
              assertThat(always.baseline().count()).isEqualTo(b.count());
              assertThat(always.beatsBaseline()).isFalse();
              assertThat(always.warnings())
                  .extracting(MetricWarning::kind)
                  .contains(Kind.BASELINE_NOT_BEATEN);
            });
  }

  @Test
  void matricesFromCountsFollowTheSameRule() {
    qt().withFixedSeed(502L)
        .forAll(LawMatrices.matrices())
        .checkAssert(
            m -> {
              long[][] cells = m.toArray();
              long max = -1;
              int first = -1;
              for (int c = 0; c < cells.length; c++) {
                long s = Arrays.stream(cells[c]).sum();
                if (s > max) {
                  max = s;
                  first = c;
                }
              }
              MajorityBaseline b = m.baseline();
              assertThat(b.label()).as(LawMatrices.describe(m)).isEqualTo(m.labels().get(first));
              assertThat(b.count()).isEqualTo(max);
              assertThat(m.beatsBaseline()).isEqualTo(m.trace() > max);
            });
  }
}
