package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * A categorical imputer fitted on training data, obtained from {@link
 * CategoricalImputer#fit(Object[])}. Each {@code transform} returns a new array of the input's
 * runtime type and leaves the input untouched; non-missing cells are copied unchanged.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param <T> the category type
 */
public final class FittedCategoricalImputer<T> {

  private final Strategy strategy;
  private final T fill;
  private final int limit;
  private final Map<Object, T> perGroup; // null unless a mode fitted per group

  FittedCategoricalImputer(Strategy strategy, T fill, int limit, Map<Object, T> perGroup) {
    this.strategy = strategy;
    this.fill = fill;
    this.limit = limit;
    this.perGroup = perGroup == null ? null : Map.copyOf(perGroup);
  }

  /**
   * The strategy this imputer applies.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * The fitted mode or the constant; for a mode fitted per group, the overall mode. Empty for
   * forward and backward fill.
   *
   * @return the fill value, if there is one
   */
  public Optional<T> fillValue() {
    return Optional.ofNullable(fill);
  }

  /**
   * Fills the missing cells of {@code values} as one series in its given order.
   *
   * @param values the categories; {@code null} means missing; not modified
   * @return a new array with the missing cells filled where this strategy can fill them
   * @throws IllegalArgumentException if {@code values} is null
   */
  public T[] transform(T[] values) {
    return impute(values, null).values();
  }

  /**
   * Fills the missing cells of {@code values} as panel data: forward and backward fill work within
   * each entity along its time order; a mode fitted per group takes each entity's mode. Output in
   * the original row order.
   *
   * @param values the categories, one per panel row; not modified
   * @param panel the entities and time order of the rows
   * @return a new array with the missing cells filled where this strategy can fill them
   * @throws IllegalArgumentException if an argument is null or the lengths differ
   */
  public T[] transform(T[] values, Panel panel) {
    Checks.notNull("panel", panel);
    return impute(values, panel).values();
  }

  /**
   * Like {@link #transform(Object[], Panel)}, with a report of what was done.
   *
   * @param values the categories, one per panel row; not modified
   * @param panel the entities and time order of the rows; {@code null} for one series
   * @return the filled values with their report
   * @throws IllegalArgumentException if {@code values} is null or the lengths differ
   */
  public Imputed<T[]> impute(T[] values, Panel panel) {
    Checks.notNull("values", values);
    Cells.checkPanel("values", values.length, panel);
    T[] out = values.clone();
    int missing = countNull(out);
    int fallbacks = -1;
    Object reportedFill = fill;
    if (strategy.isStatistic()) {
      if (perGroup == null) {
        for (int i = 0; i < out.length; i++) {
          if (out[i] == null) {
            out[i] = fill;
          }
        }
      } else {
        fallbacks = fillPerGroup(out, panel);
        reportedFill = null;
      }
    } else {
      Panel p = panel == null ? Panel.single(out.length) : panel;
      int[] slots = p.slots();
      for (int g = 0; g < p.groupCount(); g++) {
        fillRun(out, slots, p.groupStart(g), p.groupStart(g + 1));
      }
    }
    int remaining = countNull(out);
    return new Imputed<>(
        out, new ImputationReport(strategy, missing, missing - remaining, reportedFill, fallbacks));
  }

  private int fillPerGroup(T[] out, Panel panel) {
    if (panel == null || !panel.isGrouped()) {
      throw new IllegalArgumentException(
          "this imputer was fitted per group: pass a Panel with entity keys (Panel.byEntity)");
    }
    int fallbacks = 0;
    int[] slots = panel.slots();
    for (int g = 0; g < panel.groupCount(); g++) {
      T own = perGroup.get(panel.groupKey(g));
      for (int k = panel.groupStart(g); k < panel.groupStart(g + 1); k++) {
        int row = slots[k];
        if (out[row] == null) {
          out[row] = own == null ? fill : own;
          if (own == null) {
            fallbacks++;
          }
        }
      }
    }
    return fallbacks;
  }

  /** Forward or backward fill of the slots {@code [from, to)}, as the numeric kernels do. */
  private void fillRun(T[] out, int[] slots, int from, int to) {
    boolean forward = strategy == Strategy.FORWARD_FILL;
    T carried = null;
    int run = 0;
    for (int j = 0; j < to - from; j++) {
      int row = slots[forward ? from + j : to - 1 - j];
      if (out[row] != null) {
        carried = out[row];
        run = 0;
      } else if (carried != null && run < limit) {
        out[row] = carried;
        run++;
      }
    }
  }

  private static int countNull(Object[] values) {
    int c = 0;
    for (Object v : values) {
      if (v == null) {
        c++;
      }
    }
    return c;
  }

  @Override
  public String toString() {
    return "Fitted " + strategy.cliName() + (fill == null ? "" : " = " + fill);
  }
}
