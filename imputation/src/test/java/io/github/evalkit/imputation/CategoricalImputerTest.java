package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class CategoricalImputerTest {

  @Test
  void modeBreaksTiesByNaturalOrder() {
    String[] train = {"pear", "fig", null, "pear", "fig", "kiwi"};
    // pd.Series(train).mode() -> ["fig", "pear"]; min -> "fig"
    FittedCategoricalImputer<String> f = CategoricalImputer.<String>mode().fit(train);
    assertThat(f.fillValue()).hasValue("fig");
    assertThat(f.transform(new String[] {null, "kiwi"})).containsExactly("fig", "kiwi");
    assertThat(train[2]).isNull();
  }

  @Test
  void modeOfNumbersComparesNumerically() {
    // pd.Series([10, 9, 10, 9]).mode().min() -> 9 (as text "10" < "9" would pick 10)
    assertThat(CategoricalImputer.<Integer>mode().fit(new Integer[] {10, 9, 10, 9}).fillValue())
        .hasValue(9);
  }

  @Test
  void modeWithACustomTieOrder() {
    Comparator<String> reverse = Comparator.reverseOrder();
    assertThat(CategoricalImputer.mode(reverse).fit(new String[] {"a", "b"}).fillValue())
        .hasValue("b");
  }

  @Test
  void constantAndFills() {
    String[] x = {null, "a", null, null, "b", null};
    // pd.Series(x).fillna("?") / .ffill() / .bfill(limit=1)
    assertThat(CategoricalImputer.constant("?").fit(x).transform(x))
        .containsExactly("?", "a", "?", "?", "b", "?");
    assertThat(CategoricalImputer.<String>forwardFill().fit(x).transform(x))
        .containsExactly(null, "a", "a", "a", "b", "b");
    assertThat(CategoricalImputer.<String>backwardFill().withLimit(1).fit(x).transform(x))
        .containsExactly("a", "a", null, "b", "b", null);
  }

  @Test
  void perGroupModeWithFallback() {
    String[] train = {"x", "x", "y", null};
    String[] groups = {"g1", "g1", "g2", "g3"};
    Imputed<String[]> r =
        CategoricalImputer.<String>mode()
            .fitByGroup(train, groups)
            .impute(
                new String[] {null, null, null}, Panel.byEntity(new String[] {"g1", "g2", "g3"}));
    // g1 -> "x", g2 -> "y", g3 has no value -> overall mode "x"
    assertThat(r.values()).containsExactly("x", "y", "x");
    assertThat(r.report().groupFallbacks()).hasValue(1);
  }

  @Test
  void panelForwardFillNeverCrossesEntities() {
    Gen<Gens.PanelCase> cases = Gens.panelCases();
    qt().withFixedSeed(Gens.SEED)
        .forAll(cases)
        .checkAssert(
            c -> {
              // the same fill on categories (numbers as text) as on the numbers themselves
              String[] text = new String[c.values.length];
              for (int i = 0; i < text.length; i++) {
                text[i] = Double.isNaN(c.values[i]) ? null : Double.toString(c.values[i]);
              }
              String[] out =
                  CategoricalImputer.<String>forwardFill().fit(text).transform(text, c.panel());
              double[] expected = SeriesImputerTest.referenceFill(c, Integer.MAX_VALUE, true);
              for (int i = 0; i < out.length; i++) {
                assertThat(out[i])
                    .isEqualTo(Double.isNaN(expected[i]) ? null : Double.toString(expected[i]));
              }
            });
  }

  @Test
  void afterModeNothingIsMissing() {
    Gen<String[]> columns =
        in -> {
          int n = (int) in.next(Constraint.between(1, 40));
          String[] s = new String[n];
          for (int i = 0; i < n; i++) {
            long k = in.next(Constraint.between(0, 4));
            s[i] = k == 0 ? null : "c" + k;
          }
          s[(int) in.next(Constraint.between(0, n - 1))] = "c1";
          return s;
        };
    qt().withFixedSeed(Gens.SEED)
        .forAll(columns.describedAs(Arrays::toString))
        .checkAssert(
            s -> {
              String[] out = CategoricalImputer.<String>mode().fit(s).transform(s);
              assertThat(out).doesNotContainNull();
              for (int i = 0; i < s.length; i++) {
                if (s[i] != null) {
                  assertThat(out[i]).isSameAs(s[i]);
                }
              }
            });
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> CategoricalImputer.constant(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("constant = null");
    assertThatThrownBy(() -> CategoricalImputer.<String>mode().fit(new String[] {null, null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all 2 values are missing");
    assertThatThrownBy(() -> CategoricalImputer.<String>forwardFill().withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> CategoricalImputer.constant("a").withLimit(2))
        .isInstanceOf(IllegalStateException.class);
  }
}
