package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An {@link ImputationPlan} fitted on a training table, ready to fill any table with the same
 * columns. Obtained from {@link ImputationPlan#fit(Table)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FittedImputationPlan {

  /**
   * A decimal number as a user writes it: no Java suffix ({@code 1d}, {@code 2f}), no hexadecimal
   * ({@code 0x1p3}), no {@code Infinity}, all of which {@link Double#parseDouble} also accepts.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final ImputationPlan plan;
  // The fitted columns by kind. A planned column in neither map was absent from the training
  // table and learns nothing from it: its imputer is made at transform time, for its kind there.
  private final Map<String, FittedImputer> numeric;
  private final Map<String, FittedCategoricalImputer<String>> text;
  // Whether the group column was numeric in the training table; null when no statistic was fitted
  // per group. Numeric keys (Doubles) never equal text keys, so the kinds must agree.
  private final Boolean numericGroups;

  private FittedImputationPlan(
      ImputationPlan plan,
      Map<String, FittedImputer> numeric,
      Map<String, FittedCategoricalImputer<String>> text,
      Boolean numericGroups) {
    this.plan = plan;
    this.numeric = Collections.unmodifiableMap(numeric);
    this.text = Collections.unmodifiableMap(text);
    this.numericGroups = numericGroups;
  }

  static FittedImputationPlan fit(ImputationPlan plan, Table train) {
    Map<String, FittedImputer> numeric = new LinkedHashMap<>();
    Map<String, FittedCategoricalImputer<String>> text = new LinkedHashMap<>();
    Object[] groups = null;
    for (Map.Entry<String, ImputationPlan.Rule> e : plan.rules().entrySet()) {
      String name = e.getKey();
      ImputationPlan.Rule rule = e.getValue();
      if (!rule.strategy.learnsFromTraining() && !train.hasColumn(name)) {
        continue; // nothing to learn: made at transform time, for the column's kind there
      }
      boolean perGroup =
          plan.groupByColumn() != null
              && rule.strategy.isStatistic()
              && rule.strategy != Strategy.CONSTANT;
      if (perGroup && groups == null) {
        groups = groupKeys(train, plan.groupByColumn());
      }
      try {
        if (train.isNumeric(name)) {
          double[] values = (double[]) train.column(name);
          Imputer imputer = numericImputer(name, rule, plan.limitValue());
          numeric.put(
              name,
              perGroup
                  ? ((StatisticImputer) imputer).fitByGroup(values, groups)
                  : imputer.fit(values));
        } else {
          String[] values = (String[]) train.column(name);
          CategoricalImputer<String> imputer = textImputer(name, rule, plan.limitValue());
          text.put(name, perGroup ? imputer.fitByGroup(values, groups) : imputer.fit(values));
        }
      } catch (IllegalArgumentException ex) {
        throw inColumn(name, ex);
      }
    }
    Boolean numericGroups = groups == null ? null : train.isNumeric(plan.groupByColumn());
    return new FittedImputationPlan(plan, numeric, text, numericGroups);
  }

  /**
   * Fills the planned columns of {@code table}; other columns are passed through unchanged. A
   * planned column must have the same kind (numeric or text) as in the training table; a constant
   * or series-fill column that the training table lacked takes its kind from {@code table}. When
   * statistics were fitted per group, the group column must also have its training kind: numeric
   * keys never equal text keys, so every entity would otherwise take the overall statistic.
   *
   * @param table the table to fill; not modified
   * @return the filled table and a report per planned column
   * @throws IllegalArgumentException if a planned, group or order column is unknown or of the wrong
   *     kind, or a group or order key is missing (naming the column, row and value)
   */
  public ImputedTable transform(Table table) {
    Checks.notNull("table", table);
    if (numericGroups != null && table.isNumeric(plan.groupByColumn()) != numericGroups) {
      throw kindChanged(
          "group column '" + plan.groupByColumn() + "'",
          !numericGroups,
          ", so no entity would find its per-group statistic");
    }
    Panel panel = panel(table);
    Map<String, Object> filled = new LinkedHashMap<>();
    Map<String, ImputationReport> reports = new LinkedHashMap<>();
    Map<String, boolean[]> masks = new LinkedHashMap<>();
    for (Map.Entry<String, ImputationPlan.Rule> e : plan.rules().entrySet()) {
      String name = e.getKey();
      boolean isNumeric = table.isNumeric(name);
      boolean fitted = numeric.containsKey(name) || text.containsKey(name);
      if (fitted && isNumeric != numeric.containsKey(name)) {
        throw kindChanged("column '" + name + "'", isNumeric, "");
      }
      boolean[] mask;
      try {
        if (isNumeric) {
          double[] in = (double[]) table.column(name);
          FittedImputer f =
              fitted
                  ? numeric.get(name)
                  : numericImputer(name, e.getValue(), plan.limitValue()).fit(new double[0]);
          Imputed<double[]> out = f.impute(in, panelFor(f.strategy(), panel));
          mask = new boolean[in.length];
          for (int i = 0; i < in.length; i++) {
            mask[i] = Double.isNaN(in[i]) && !Double.isNaN(out.values()[i]);
          }
          filled.put(name, out.values());
          reports.put(name, out.report());
        } else {
          String[] in = (String[]) table.column(name);
          FittedCategoricalImputer<String> f =
              fitted
                  ? text.get(name)
                  : textImputer(name, e.getValue(), plan.limitValue()).fit(new String[0]);
          Imputed<String[]> out = f.impute(in, panelFor(f.strategy(), panel));
          mask = new boolean[in.length];
          for (int i = 0; i < in.length; i++) {
            mask[i] = in[i] == null && out.values()[i] != null;
          }
          filled.put(name, out.values());
          reports.put(name, out.report());
        }
      } catch (IllegalArgumentException ex) {
        throw inColumn(name, ex);
      }
      masks.put(name, mask);
    }
    return new ImputedTable(table.withColumns(filled), reports, masks);
  }

  /** Statistics need the panel only when fitted per group; fills need it whenever it exists. */
  private static Panel panelFor(Strategy strategy, Panel panel) {
    if (strategy.isStatistic()) {
      return panel != null && panel.isGrouped() ? panel : null;
    }
    return panel;
  }

  private Panel panel(Table table) {
    String g = plan.groupByColumn();
    String o = plan.orderByColumn();
    if (g == null && o == null) {
      return null;
    }
    Panel p = g == null ? Panel.single(table.rows()) : Panel.byEntity(groupKeys(table, g));
    if (o != null) {
      if (table.isNumeric(o)) {
        double[] t = (double[]) table.column(o);
        for (int i = 0; i < t.length; i++) {
          if (Double.isNaN(t[i])) {
            throw missingKey("order", o, i);
          }
        }
        p = p.orderedBy(t);
      } else {
        String[] t = (String[]) table.column(o);
        for (int i = 0; i < t.length; i++) {
          if (t[i] == null) {
            throw missingKey("order", o, i);
          }
        }
        p = p.orderedBy(codePointRanks(t));
      }
    }
    return p;
  }

  /** Entity keys of a column: its strings, or its numbers as Doubles (with -0.0 as 0.0). */
  private static Object[] groupKeys(Table table, String column) {
    Object c = table.column(column);
    if (c instanceof String[]) {
      String[] s = (String[]) c;
      for (int i = 0; i < s.length; i++) {
        if (s[i] == null) {
          throw missingKey("group", column, i);
        }
      }
      return s;
    }
    double[] d = (double[]) c;
    Object[] keys = new Object[d.length];
    for (int i = 0; i < d.length; i++) {
      if (Double.isNaN(d[i])) {
        throw missingKey("group", column, i);
      }
      keys[i] = d[i] == 0 ? 0.0 : d[i];
    }
    return keys;
  }

  /**
   * Orders text as Python and pandas do, by Unicode code point. {@link String#compareTo} compares
   * UTF-16 units instead, which puts a character beyond U+FFFF (an emoji, a surrogate pair) before
   * U+E000..U+FFFF (e.g. the full-width letters); for all other text the two orders agree.
   */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** The rank of each key among the distinct keys in code point order: equal keys, equal ranks. */
  private static double[] codePointRanks(String[] keys) {
    String[] distinct = new HashSet<>(Arrays.asList(keys)).toArray(String[]::new);
    Arrays.sort(distinct, FittedImputationPlan::compareCodePoints);
    Map<String, Integer> rank = new HashMap<>();
    for (int r = 0; r < distinct.length; r++) {
      rank.put(distinct[r], r);
    }
    double[] ranks = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ranks[i] = rank.get(keys[i]);
    }
    return ranks;
  }

  private static IllegalArgumentException kindChanged(
      String column, boolean numericHere, String consequence) {
    String here = numericHere ? "numeric" : "text";
    String there = numericHere ? "text" : "numeric";
    return new IllegalArgumentException(
        column + " is " + here + " here but was " + there + " in the training table" + consequence);
  }

  private static IllegalArgumentException missingKey(String role, String column, int row) {
    return new IllegalArgumentException(
        role
            + " column '"
            + column
            + "' is missing at row "
            + row
            + " (0-based): a "
            + role
            + " key may not be missing");
  }

  private static Imputer numericImputer(String name, ImputationPlan.Rule rule, int limit) {
    if (rule.strategy == Strategy.CONSTANT) {
      return Imputers.constant(numericConstant(name, rule.constant));
    }
    Imputer imputer = Imputers.of(rule.strategy);
    if (imputer instanceof SeriesImputer && limit != Integer.MAX_VALUE) {
      imputer = ((SeriesImputer) imputer).withLimit(limit);
    }
    return imputer;
  }

  private static double numericConstant(String name, Object constant) {
    if (constant instanceof Double) {
      return (Double) constant;
    }
    String s = (String) constant;
    String trimmed = s.trim();
    if (DECIMAL.matcher(trimmed).matches()) {
      double v = Double.parseDouble(trimmed);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "constant '" + s + "' is not a finite number, but column '" + name + "' is numeric");
  }

  private static CategoricalImputer<String> textImputer(
      String name, ImputationPlan.Rule rule, int limit) {
    switch (rule.strategy) {
      case MODE:
        return CategoricalImputer.mode(FittedImputationPlan::compareCodePoints);
      case CONSTANT:
        if (!(rule.constant instanceof String)) {
          throw new IllegalArgumentException(
              "constant " + rule.constant + " is a number, but column '" + name + "' is text");
        }
        return CategoricalImputer.constant((String) rule.constant);
      case FORWARD_FILL:
      case BACKWARD_FILL:
        CategoricalImputer<String> fill =
            rule.strategy == Strategy.FORWARD_FILL
                ? CategoricalImputer.forwardFill()
                : CategoricalImputer.backwardFill();
        return limit == Integer.MAX_VALUE ? fill : fill.withLimit(limit);
      default:
        throw new IllegalArgumentException(
            rule.strategy.cliName() + " needs numbers, but column '" + name + "' is text");
    }
  }

  private static IllegalArgumentException inColumn(String name, IllegalArgumentException ex) {
    String m = ex.getMessage();
    if (m != null && m.contains("'" + name + "'")) {
      return ex;
    }
    return new IllegalArgumentException("column '" + name + "': " + m, ex);
  }
}
