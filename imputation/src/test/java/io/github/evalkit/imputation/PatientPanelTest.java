package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A panel of two patients whose heart-rate readings arrive out of order. In time order:
 *
 * <pre>
 *   patient A: t1 = 80, t2 = ?, t3 = ?, t4 = 90     (rows 2, 4, 0, 6)
 *   patient B: t1 = 70, t2 = ?, t3 = ?              (rows 1, 5, 3)
 * </pre>
 *
 * <p>The pandas reference for every expected value below is
 *
 * <pre>
 * df = pd.DataFrame({"patient": list("ABABABA"), "time": [3, 1, 1, 3, 2, 2, 4],
 *                    "hr": [nan, 70, 80, nan, nan, nan, 90]})
 * s = df.sort_values("time", kind="stable").groupby("patient")["hr"]
 * s.ffill().reindex(df.index)   # and .bfill(), .ffill(limit=1), .transform(lambda g: g.interpolate(limit_area="inside"))
 * </pre>
 */
class PatientPanelTest {

  private static final double NaN = Double.NaN;
  private static final String[] PATIENT = {"A", "B", "A", "B", "A", "B", "A"};
  private static final double[] TIME = {3, 1, 1, 3, 2, 2, 4};
  private static final double[] HR = {NaN, 70, 80, NaN, NaN, NaN, 90};
  private static final Panel PANEL = Panel.byEntity(PATIENT).orderedBy(TIME);

  @Test
  void forwardFillStaysWithinEachPatientInTimeOrder() {
    // A: t2, t3 <- 80 (rows 4, 0); B: t2, t3 <- 70 (rows 5, 3)
    assertThat(Imputers.forwardFill().fit(HR).transform(HR, PANEL))
        .containsExactly(80, 70, 80, 70, 80, 70, 90);
  }

  @Test
  void forwardFillWithALimitFillsOnlyTheFirstCellOfEachRun() {
    // s.ffill(limit=1): A t2 (row 4) <- 80, A t3 (row 0) stays; B t2 (row 5) <- 70, B t3 stays
    assertThat(Imputers.forwardFill().withLimit(1).fit(HR).transform(HR, PANEL))
        .containsExactly(NaN, 70, 80, NaN, 80, 70, 90);
  }

  @Test
  void backwardFillLeavesTrailingCellsOfAPatientMissing() {
    // A: t2, t3 <- 90; B has nothing after t1
    assertThat(Imputers.backwardFill().fit(HR).transform(HR, PANEL))
        .containsExactly(90, 70, 80, NaN, 90, NaN, 90);
  }

  @Test
  void backwardFillFallsBackToTheTrainingMean() {
    // B's trailing readings take the overall mean (70 + 80 + 90) / 3 = 80
    double[] out =
        Imputers.backwardFill().withFallback(Imputers.mean()).fit(HR).transform(HR, PANEL);
    assertThat(out).containsExactly(90, 70, 80, 80, 90, 80, 90);
  }

  @Test
  void interpolationFollowsEachPatientsTimeline() {
    // A: 80 -> 90 over three steps: t2 = 83.33.., t3 = 86.66..; B trailing stays missing
    double[] out = Imputers.linearInterpolation().fit(HR).transform(HR, PANEL);
    assertThat(out[0]).isCloseTo(80 + 20.0 / 3, within(1e-12));
    assertThat(out[4]).isCloseTo(80 + 10.0 / 3, within(1e-12));
    assertThat(out[3]).isNaN();
    assertThat(out[5]).isNaN();
    assertThat(new double[] {out[1], out[2], out[6]}).containsExactly(70, 80, 90);
  }

  @Test
  void perPatientMeanUsesEachPatientsOwnReadings() {
    // df.groupby("patient")["hr"].transform("mean"): A -> 85, B -> 70
    Imputed<double[]> r = Imputers.mean().fitByGroup(HR, PATIENT).impute(HR, PANEL);
    assertThat(r.values()).containsExactly(85, 70, 80, 70, 85, 70, 90);
    assertThat(r.report().groupFallbacks()).hasValue(0);
  }

  @Test
  void rowsWithEqualTimesKeepTheirOrder() {
    double[] x = {1, NaN, 2, NaN};
    double[] t = {5, 5, 5, 5};
    // a stable sort leaves the order as given: ffill -> [1, 1, 2, 2]
    assertThat(Imputers.forwardFill().fit(x).transform(x, Panel.ordered(t)))
        .containsExactly(1, 1, 2, 2);
  }

  @Test
  void textOrderKeysSortAsText() {
    String[] dates = {"2024-03-01", "2024-01-01", "2024-02-01"};
    double[] x = {NaN, 1, NaN};
    // sorted: Jan (row 1) = 1, Feb (row 2) <- 1, Mar (row 0) <- 1
    assertThat(Imputers.forwardFill().fit(x).transform(x, Panel.single(3).orderedBy(dates)))
        .containsExactly(1, 1, 1);
  }

  @Test
  void missingOrMisshapenKeysAreRejected() {
    assertThatThrownBy(() -> Panel.byEntity(new String[] {"A", null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entities[1] is null");
    assertThatThrownBy(() -> Panel.byEntity(PATIENT).orderedBy(new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time and panel lengths differ: 2 != 7");
    assertThatThrownBy(() -> Panel.ordered(new double[] {1, NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time[1] = NaN");
    assertThatThrownBy(() -> Panel.single(2).orderedBy(new String[] {"a", null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys[1] is null");
    assertThatThrownBy(() -> Imputers.mean().fitByGroup(HR, PATIENT).transform(HR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fitted per group");
  }
}
