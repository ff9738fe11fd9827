package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PanelTest {

  private static final double NaN = Double.NaN;

  @Test
  void aSecondOrderedByBreaksItsTiesByThePreviousOrder() {
    double[] x = {1, NaN, 2, NaN};
    FittedImputer ffill = Imputers.forwardFill().fit(x);
    // df = pd.DataFrame({"x": x, "a": [4, 3, 2, 1], "b": [0, 0, 0, 0]})
    // df.sort_values("a", kind="stable").sort_values("b", kind="stable")["x"].ffill()
    //   .reindex(df.index) -> [1, 2, 2, nan]: rows walked as 3, 2, 1, 0
    Panel chained = Panel.single(4).orderedBy(new double[] {4, 3, 2, 1}).orderedBy(new double[4]);
    assertThat(ffill.transform(x, chained)).containsExactly(1, 2, 2, NaN);
    // a single orderedBy with all keys tied keeps the row order: [1, 1, 2, 2]
    assertThat(ffill.transform(x, Panel.single(4).orderedBy(new double[4])))
        .containsExactly(1, 1, 2, 2);
    // the same with text keys, which end the numeric time axis
    Panel byText = chained.orderedBy(new String[] {"d", "d", "d", "d"});
    assertThat(ffill.transform(x, byText)).containsExactly(1, 2, 2, NaN);
    assertThat(byText.hasTimeAxis()).isFalse();
  }

  /** Entity keys and two sets of order keys (one numeric, one text) for the same rows. */
  private static final class Orders {
    final Gens.PanelCase c;
    final String[] text;

    Orders(Gens.PanelCase c, String[] text) {
      this.c = c;
      this.text = text;
    }

    @Override
    public String toString() {
      return c + " text=" + Arrays.toString(text);
    }
  }

  private static Gen<Orders> orders() {
    Gen<Orders> g =
        in -> {
          Gens.PanelCase c = Gens.panelCases().generate(in);
          double[] t2 = Gens.times(in, c.values.length);
          String[] text = new String[t2.length];
          for (int i = 0; i < t2.length; i++) {
            text[i] = "k" + (int) t2[i] % 3; // few keys: ties everywhere
          }
          return new Orders(c, text);
        };
    return g.describedAs(Orders::toString);
  }

  @Test
  void panelsSortStablyWithinEntitiesAndLeaveTheirInputsAlone() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(orders())
        .checkAssert(
            o -> {
              Integer[] groups = o.c.groups.clone();
              double[] times = o.c.times.clone();
              String[] text = o.text.clone();
              Panel p = Panel.byEntity(o.c.groups).orderedBy(o.c.times).orderedBy(o.text);
              assertThat(o.c.groups).containsExactly(groups);
              assertThat(Arrays.equals(o.c.times, times)).isTrue();
              assertThat(o.text).containsExactly(text);
              // reference: rows in first-appearance order of their entity, stably sorted by time,
              // then stably by text
              List<Integer> expected = new ArrayList<>();
              for (List<Integer> rows : SeriesImputerTest.orderedGroups(o.c).values()) {
                rows.sort(Comparator.comparing(r -> text[r]));
                expected.addAll(rows);
              }
              int[] slots = p.slots();
              assertThat(Arrays.stream(slots).boxed().toArray())
                  .containsExactly(expected.toArray());
              // the panel keeps its own copy of the time axis
              Panel byTime = Panel.byEntity(o.c.groups).orderedBy(o.c.times);
              FittedImputer interp = Imputers.linearInterpolation().withTimeAxis().fit(o.c.values);
              double[] before = interp.transform(o.c.values, byTime);
              Arrays.fill(o.c.times, 7);
              assertThat(Arrays.equals(interp.transform(o.c.values, byTime), before)).isTrue();
            });
  }
}
