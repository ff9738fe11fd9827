package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class SeriesImputerTest {

  private static final double NaN = Double.NaN;

  // ---- hand-worked examples (pandas calls in comments) ----

  @Test
  void forwardFillCarriesTheLastValidValue() {
    double[] x = {NaN, 1, NaN, NaN, 4, NaN};
    // pd.Series([nan, 1, nan, nan, 4, nan]).ffill() -> [nan, 1, 1, 1, 4, 4]
    assertThat(Imputers.forwardFill().fit(x).transform(x)).containsExactly(NaN, 1, 1, 1, 4, 4);
    // .ffill(limit=1) -> [nan, 1, 1, nan, 4, 4]
    assertThat(Imputers.forwardFill().withLimit(1).fit(x).transform(x))
        .containsExactly(NaN, 1, 1, NaN, 4, 4);
    assertThat(x).containsExactly(NaN, 1, NaN, NaN, 4, NaN);
  }

  @Test
  void backwardFillCarriesTheNextValidValue() {
    double[] x = {NaN, 1, NaN, NaN, 4, NaN};
    // pd.Series([nan, 1, nan, nan, 4, nan]).bfill() -> [1, 1, 4, 4, 4, nan]
    assertThat(Imputers.backwardFill().fit(x).transform(x)).containsExactly(1, 1, 4, 4, 4, NaN);
    // .bfill(limit=1) -> [1, 1, nan, 4, 4, nan]
    assertThat(Imputers.backwardFill().withLimit(1).fit(x).transform(x))
        .containsExactly(1, 1, NaN, 4, 4, NaN);
  }

  @Test
  void interpolationFillsInteriorGapsOnTheLine() {
    double[] x = {NaN, 1, NaN, NaN, 4, NaN};
    // pd.Series([nan, 1, nan, nan, 4, nan]).interpolate(limit_area="inside") -> [nan, 1, 2, 3, 4,
    // nan]
    assertThat(Imputers.linearInterpolation().fit(x).transform(x))
        .containsExactly(NaN, 1, 2, 3, 4, NaN);
    // .interpolate(limit=1, limit_area="inside") -> [nan, 1, 2, nan, 4, nan]: the first cell of the
    // gap still lies on the line across the whole gap
    assertThat(Imputers.linearInterpolation().withLimit(1).fit(x).transform(x))
        .containsExactly(NaN, 1, 2, NaN, 4, NaN);
  }

  @Test
  void interpolationByTimeUsesTheTimeAxis() {
    double[] x = {0, NaN, NaN, 4};
    double[] t = {0, 1, 3, 4};
    // pd.Series([0, nan, nan, 4], index=[0, 1, 3, 4]).interpolate(method="index") -> [0, 1, 3, 4]
    assertThat(Imputers.linearInterpolation().withTimeAxis().fit(x).transform(x, Panel.ordered(t)))
        .containsExactly(0, 1, 3, 4);
    // by position it would be [0, 4/3, 8/3, 4]
    assertThat(Imputers.linearInterpolation().fit(x).transform(x, Panel.ordered(t)))
        .containsExactly(0, 4.0 / 3, 8.0 / 3, 4);
  }

  @Test
  void interpolationByTimeFallsBackToPositionWhenTheGapHasNoDuration() {
    double[] x = {0, NaN, 3};
    double[] t = {5, 5, 5};
    // both ends of the gap at time 5: placed by position -> [0, 1.5, 3]
    assertThat(Imputers.linearInterpolation().withTimeAxis().fit(x).transform(x, Panel.ordered(t)))
        .containsExactly(0, 1.5, 3);
  }

  @Test
  void interpolationByTimeDoesNotOverflowForHugeFiniteTimes() {
    double[] x = {0, NaN, 2};
    double[] t = {-1.5e308, 0, 1.5e308};
    // time 0 is halfway from -1.5e308 to 1.5e308 (whose difference overflows): [0, 1, 2]
    FittedImputer byTime = Imputers.linearInterpolation().withTimeAxis().fit(x);
    assertThat(byTime.transform(x, Panel.ordered(t))).containsExactly(0, 1, 2);
    // a quarter of the way from -MAX_VALUE to MAX_VALUE
    double m = Double.MAX_VALUE;
    double[] y = {0, NaN, 4};
    assertThat(byTime.transform(y, Panel.ordered(new double[] {-m, -m / 2, m})))
        .containsExactly(0, 1, 4);
  }

  @Test
  void interpolationByTimeLeavesAGapWithAnInfiniteEndTimeMissing() {
    double inf = Double.POSITIVE_INFINITY;
    double[] x = {0, NaN, 2, NaN, 4, NaN, 6};
    double[] t = {-inf, 0, 1, 2, inf, inf, inf};
    // the gaps (-inf, 1) and (2, inf) have no finite length: their cells stay missing; the gap
    // between two rows at +inf has no duration and is placed by position
    Imputed<double[]> r =
        Imputers.linearInterpolation().withTimeAxis().fit(x).impute(x, Panel.ordered(t));
    assertThat(r.values()).containsExactly(0, NaN, 2, NaN, 4, 5, 6);
    assertThat(r.report().remainingMissing()).isEqualTo(2);
  }

  @Test
  void aCellAtTheTimeOfAGapsEndTakesThatEndsValue() {
    FittedImputer byTime = Imputers.linearInterpolation().withTimeAxis().fit(new double[0]);
    Panel panel = Panel.ordered(new double[] {0, 1, 1});
    // np.interp(1, [0, 1], [1, 5e-324]) -> 5e-324; 1 + (5e-324 - 1) would give 0.0, below both
    double tiny = Double.MIN_VALUE;
    assertThat(byTime.transform(new double[] {1, NaN, tiny}, panel)).containsExactly(1, tiny, tiny);
    // 2^53 + 2 - 1 rounds to 2^53, and 1 + 2^53 rounds to 2^53 again
    double big = 0x1p53 + 2;
    assertThat(byTime.transform(new double[] {1, NaN, big}, panel)).containsExactly(1, big, big);
    // at the start's time, the start's value, even when the far end is infinite
    double inf = Double.POSITIVE_INFINITY;
    assertThat(byTime.transform(new double[] {5, NaN, inf}, Panel.ordered(new double[] {0, 0, 1})))
        .containsExactly(5, 5, inf);
  }

  @Test
  void interpolationOfHugeValuesDoesNotOverflow() {
    double m = Double.MAX_VALUE;
    double[] out =
        Imputers.linearInterpolation().fit(new double[0]).transform(new double[] {-m, NaN, m});
    assertThat(out[1]).isEqualTo(0.0);
  }

  @Test
  void fallbackFillsOnlyCellsWithNothingToTakeFrom() {
    double[] x = {NaN, 2, NaN, NaN, NaN, 6};
    // s.ffill(limit=1) -> [nan, 2, 2, nan, nan, 6]; the leading cell takes the mean 4 of [2, 6];
    // the cells stopped by the limit stay missing.
    double[] out =
        Imputers.forwardFill().withLimit(1).withFallback(Imputers.mean()).fit(x).transform(x);
    assertThat(out).containsExactly(4, 2, 2, NaN, NaN, 6);
    // pd.Series([nan, 2, nan, 6, nan]).ffill().bfill() -> [2, 2, 2, 6, 6]
    double[] y = {NaN, 2, NaN, 6, NaN};
    assertThat(Imputers.forwardFill().withFallback(Imputers.backwardFill()).fit(y).transform(y))
        .containsExactly(2, 2, 2, 6, 6);
  }

  @Test
  void sentinelCellsLeftUnfilledKeepTheSentinel() {
    double[] x = {-999, 3, -999};
    assertThat(Imputers.forwardFill().withMissingValue(-999).fit(x).transform(x))
        .containsExactly(-999, 3, 3);
  }

  @Test
  void reportCountsRemainingMissingCells() {
    double[] x = {NaN, 1, NaN, NaN, 4, NaN};
    ImputationReport r = Imputers.backwardFill().withLimit(1).fit(x).impute(x, null).report();
    assertThat(r.strategy()).isEqualTo(Strategy.BACKWARD_FILL);
    assertThat(r.missing()).isEqualTo(4);
    assertThat(r.imputed()).isEqualTo(2);
    assertThat(r.remainingMissing()).isEqualTo(2);
    assertThat(r.fillValue()).isEmpty();
  }

  // ---- properties ----

  private static final Gen<Integer> LIMITS =
      in ->
          in.next(Constraint.between(0, 3)) == 0
              ? Integer.MAX_VALUE
              : (int) in.next(Constraint.between(1, 4));

  @Test
  void forwardFillMatchesTheDefinitionWithinEachEntity() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCases(), LIMITS)
        .checkAssert(
            (c, limit) -> {
              SeriesImputer ffill = Imputers.forwardFill();
              if (limit != Integer.MAX_VALUE) {
                ffill = ffill.withLimit(limit);
              }
              double[] copy = c.values.clone();
              double[] out = ffill.fit(c.values).transform(c.values, c.panel());
              assertThat(Arrays.equals(out, referenceFill(c, limit, true))).isTrue();
              assertThat(Arrays.equals(c.values, copy)).isTrue();
              // a cell is missing only if no earlier valid value exists in its entity, or the limit
              // stopped it; a filled value comes from the same entity
              for (List<Integer> rows : orderedGroups(c).values()) {
                boolean seen = false;
                int run = 0;
                for (int row : rows) {
                  if (!Double.isNaN(c.values[row])) {
                    seen = true;
                    run = 0;
                    assertThat(out[row]).isEqualTo(c.values[row]);
                  } else {
                    run++;
                    assertThat(Double.isNaN(out[row])).isEqualTo(!seen || run > limit);
                    if (!Double.isNaN(out[row])) {
                      assertThat(
                              rows.stream()
                                  .mapToDouble(r -> c.values[r])
                                  .anyMatch(v -> v == out[row]))
                          .isTrue();
                    }
                  }
                }
              }
            });
  }

  @Test
  void backwardFillMatchesTheDefinitionWithinEachEntity() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCases(), LIMITS)
        .checkAssert(
            (c, limit) -> {
              SeriesImputer bfill = Imputers.backwardFill();
              if (limit != Integer.MAX_VALUE) {
                bfill = bfill.withLimit(limit);
              }
              double[] out = bfill.fit(c.values).transform(c.values, c.panel());
              assertThat(Arrays.equals(out, referenceFill(c, limit, false))).isTrue();
            });
  }

  @Test
  void forwardFillIsIdempotent() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCases())
        .checkAssert(
            c -> {
              FittedImputer f = Imputers.forwardFill().fit(c.values);
              double[] once = f.transform(c.values, c.panel());
              assertThat(Arrays.equals(f.transform(once, c.panel()), once)).isTrue();
            });
  }

  @Test
  void interpolationMatchesTheDefinitionWithinEachEntity() {
    Gen<Gens.PanelCase> moderate =
        Gens.panelCases().map(c -> new Gens.PanelCase(clamp(c.values), c.groups, c.times));
    qt().withFixedSeed(Gens.SEED)
        .forAll(moderate, LIMITS)
        .checkAssert(
            (c, limit) -> {
              SeriesImputer interp = Imputers.linearInterpolation();
              if (limit != Integer.MAX_VALUE) {
                interp = interp.withLimit(limit);
              }
              double[] out = interp.fit(c.values).transform(c.values, c.panel());
              double[] expected = referenceInterpolation(c, limit);
              for (int i = 0; i < out.length; i++) {
                if (Double.isNaN(expected[i])) {
                  assertThat(out[i]).isNaN();
                } else if (!Double.isNaN(c.values[i])) {
                  assertThat(Double.doubleToRawLongBits(out[i]))
                      .isEqualTo(Double.doubleToRawLongBits(c.values[i]));
                } else {
                  assertThat(out[i]).isCloseTo(expected[i], within(1e-9));
                }
              }
            });
  }

  @Test
  void aSingleSeriesIsOnePanel() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series())
        .checkAssert(
            x -> {
              for (SeriesImputer s :
                  new SeriesImputer[] {
                    Imputers.forwardFill(), Imputers.backwardFill(), Imputers.linearInterpolation()
                  }) {
                FittedImputer f = s.fit(x);
                assertThat(Arrays.equals(f.transform(x), f.transform(x, Panel.single(x.length))))
                    .isTrue();
              }
            });
  }

  // ---- bad input ----

  @Test
  void badArgumentsAreRejectedWithClearMessages() {
    assertThatThrownBy(() -> Imputers.forwardFill().withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be at least 1, but is 0");
    assertThatThrownBy(
            () ->
                Imputers.forwardFill().fit(new double[2]).transform(new double[2], Panel.single(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values and panel lengths differ: 2 != 3");
    assertThatThrownBy(
            () ->
                Imputers.linearInterpolation()
                    .withTimeAxis()
                    .fit(new double[2])
                    .transform(new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Panel.orderedBy");
    assertThatThrownBy(() -> Imputers.forwardFill().withTimeAxis())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Imputers.forwardFill().fit(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train");
  }

  // ---- reference implementations, written for clarity ----

  /** Rows of each entity in stable time order. */
  static Map<Integer, List<Integer>> orderedGroups(Gens.PanelCase c) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < c.values.length; i++) {
      groups.computeIfAbsent(c.groups[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> rows : groups.values()) {
      rows.sort(Comparator.comparingDouble(r -> c.times[r])); // List.sort is stable
    }
    return groups;
  }

  static double[] referenceFill(Gens.PanelCase c, int limit, boolean forward) {
    double[] out = c.values.clone();
    for (List<Integer> rows : orderedGroups(c).values()) {
      List<Integer> walk = new ArrayList<>(rows);
      if (!forward) {
        java.util.Collections.reverse(walk);
      }
      double carried = NaN;
      int run = 0;
      for (int row : walk) {
        if (!Double.isNaN(c.values[row])) {
          carried = c.values[row];
          run = 0;
        } else if (++run <= limit) {
          out[row] = carried;
        }
      }
    }
    return out;
  }

  static double[] referenceInterpolation(Gens.PanelCase c, int limit) {
    double[] out = c.values.clone();
    for (List<Integer> rows : orderedGroups(c).values()) {
      int previous = -1;
      for (int k = 0; k < rows.size(); k++) {
        double v = c.values[rows.get(k)];
        if (Double.isNaN(v)) {
          continue;
        }
        if (previous >= 0) {
          double a = c.values[rows.get(previous)];
          for (int j = previous + 1; j < k && j - previous <= limit; j++) {
            out[rows.get(j)] = a + (v - a) * (j - previous) / (k - previous);
          }
        }
        previous = k;
      }
    }
    return out;
  }

  private static double[] clamp(double[] x) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      if (Math.abs(y[i]) > 1e6) {
        y[i] = Math.signum(y[i]) * 1e6;
      }
    }
    return y;
  }
}
