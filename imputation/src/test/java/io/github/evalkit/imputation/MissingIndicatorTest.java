package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class MissingIndicatorTest {

  private static final double NaN = Double.NaN;

  @Test
  void marksMissingCells() {
    // pd.Series([1, nan, 3, nan]).isna() -> [False, True, False, True]
    assertThat(MissingIndicator.mask(new double[] {1, NaN, 3, NaN}))
        .containsExactly(false, true, false, true);
    assertThat(MissingIndicator.indicator(new double[] {NaN, 2})).containsExactly(1, 0);
    assertThat(MissingIndicator.mask(new double[] {-999, 2}, -999)).containsExactly(true, false);
    assertThat(MissingIndicator.indicator(new String[] {"a", null})).containsExactly(0, 1);
  }

  @Test
  void indicatorColumnsOnlyForColumnsWithMissingValues() {
    Table t =
        Table.builder()
            .numeric("age", new double[] {NaN, 3})
            .numeric("height", new double[] {1, 2})
            .text("city", new String[] {"x", null})
            .build();
    // MissingIndicator(features="missing-only").fit_transform -> columns age, city
    Table ind = MissingIndicator.indicatorColumns(t, "_missing");
    assertThat(ind.columnNames()).containsExactly("age_missing", "city_missing");
    assertThat(ind.numeric("age_missing")).containsExactly(1, 0);
    assertThat(ind.numeric("city_missing")).containsExactly(0, 1);
  }

  @Test
  void maskMatchesIsNaN() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series())
        .checkAssert(
            x -> {
              boolean[] m = MissingIndicator.mask(x);
              for (int i = 0; i < x.length; i++) {
                assertThat(m[i]).isEqualTo(Double.isNaN(x[i]));
              }
            });
  }
}
