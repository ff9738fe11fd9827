package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.util.Map;
import java.util.OptionalDouble;

/** A fitted mean/median/mode/constant, optionally per group. Immutable and thread-safe. */
final class FittedStatistic implements FittedImputer {

  private final Strategy strategy;
  private final double fill;
  private final double sentinel;
  private final Map<Object, Double> perGroup; // null when not fitted per group

  FittedStatistic(Strategy strategy, double fill, double sentinel, Map<Object, Double> perGroup) {
    this.strategy = strategy;
    this.fill = fill;
    this.sentinel = sentinel;
    this.perGroup = perGroup == null ? null : Map.copyOf(perGroup);
  }

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public OptionalDouble fillValue() {
    return OptionalDouble.of(fill);
  }

  @Override
  public double[] transform(double[] values) {
    return impute(values, null).values();
  }

  @Override
  public double[] transform(double[] values, Panel panel) {
    Checks.notNull("panel", panel);
    return impute(values, panel).values();
  }

  @Override
  public Imputed<double[]> impute(double[] values, Panel panel) {
    if (perGroup == null) {
      Checks.notNull("values", values);
      Cells.checkPanel("values", values.length, panel);
      // Copy, fill and count in one kernel pass; a sentinel is first turned into NaN in a copy,
      // which is then filled in place.
      double[] source =
          Double.isNaN(sentinel) ? values : Cells.missingAsNaN("values", values, sentinel);
      double[] filled = source == values ? new double[values.length] : source;
      int missing = ArrayKernels.replaceNaN(source, fill, filled, 0, values.length);
      return new Imputed<>(filled, new ImputationReport(strategy, missing, missing, fill, -1));
    }
    double[] w = Cells.missingAsNaN("values", values, sentinel);
    Cells.checkPanel("values", w.length, panel);
    int missing = Cells.countNaN(w);
    if (panel == null || !panel.isGrouped()) {
      throw new IllegalArgumentException(
          "this imputer was fitted per group: pass a Panel with entity keys (Panel.byEntity)");
    }
    int fallbacks = 0;
    int[] slots = panel.slots();
    for (int g = 0; g < panel.groupCount(); g++) {
      Double own = perGroup.get(panel.groupKey(g));
      double value = own == null ? fill : own;
      for (int k = panel.groupStart(g); k < panel.groupStart(g + 1); k++) {
        int row = slots[k];
        if (Double.isNaN(w[row])) {
          w[row] = value;
          if (own == null) {
            fallbacks++;
          }
        }
      }
    }
    return new Imputed<>(w, new ImputationReport(strategy, missing, missing, null, fallbacks));
  }

  @Override
  public String toString() {
    return "Fitted " + strategy.cliName() + " = " + fill + (perGroup == null ? "" : " per group");
  }
}
