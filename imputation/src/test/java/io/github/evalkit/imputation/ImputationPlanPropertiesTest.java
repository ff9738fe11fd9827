package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** A fitted plan is the single-column imputers side by side, over one panel. */
class ImputationPlanPropertiesTest {

  private static final List<String> NUMERIC_STATS = List.of("mean", "median", "mode");
  private static final List<String> NUMERIC_FILLS = List.of("ffill", "bfill", "interp");
  private static final List<String> NOTHING_TO_LEARN =
      List.of("ffill", "bfill", "interp", "const", "tffill", "tbfill", "tconst");

  /** A train and a test table with the same columns, and how the plan uses them. */
  private static final class PlanCase {
    final Table train;
    final Table test;
    final boolean grouped;
    final boolean ordered;
    final int limit;

    PlanCase(Table train, Table test, boolean grouped, boolean ordered, int limit) {
      this.train = train;
      this.test = test;
      this.grouped = grouped;
      this.ordered = ordered;
      this.limit = limit;
    }

    ImputationPlan plan() {
      ImputationPlan.Builder b =
          ImputationPlan.builder()
              .strategy("mean", Strategy.MEAN)
              .strategy("median", Strategy.MEDIAN)
              .strategy("mode", Strategy.MODE)
              .strategy("ffill", Strategy.FORWARD_FILL)
              .strategy("bfill", Strategy.BACKWARD_FILL)
              .strategy("interp", Strategy.LINEAR_INTERPOLATION)
              .constant("const", -0.0)
              .strategy("tmode", Strategy.MODE)
              .strategy("tffill", Strategy.FORWARD_FILL)
              .strategy("tbfill", Strategy.BACKWARD_FILL)
              .constant("tconst", "?");
      if (grouped) {
        b.groupBy("g");
      }
      if (ordered) {
        b.orderBy("t");
      }
      if (limit != Integer.MAX_VALUE) {
        b.limit(limit);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return "grouped="
          + grouped
          + " ordered="
          + ordered
          + " limit="
          + limit
          + "\n"
          + describe("train", train)
          + describe("test", test);
    }

    private static String describe(String name, Table t) {
      StringBuilder s = new StringBuilder(name).append(":\n");
      for (String c : t.columnNames()) {
        s.append("  ").append(c).append('=');
        s.append(t.isNumeric(c) ? Arrays.toString(t.numeric(c)) : Arrays.toString(t.text(c)));
        s.append('\n');
      }
      return s.toString();
    }
  }

  private static Table table(RandomnessSource in, int n, boolean numericGroups, boolean textOrder) {
    Integer[] ids = Gens.groups(in, n);
    Table.Builder b = Table.builder();
    if (numericGroups) {
      // -0.0 and 0.0 name the same entity
      double[] g = new double[n];
      for (int i = 0; i < n; i++) {
        g[i] = ids[i] == 0 && in.next(Constraint.between(0, 1)) == 0 ? -0.0 : ids[i];
      }
      b.numeric("g", g);
    } else {
      b.text("g", Arrays.stream(ids).map(k -> "e" + k).toArray(String[]::new));
    }
    double[] times = Gens.times(in, n);
    if (textOrder) {
      // text order differs from numeric order: "t10" < "t9"
      b.text("t", Arrays.stream(times).mapToObj(t -> "t" + (int) t).toArray(String[]::new));
    } else {
      b.numeric("t", times);
    }
    for (String c : List.of("mean", "median", "mode", "ffill", "bfill", "interp", "const")) {
      double[] x = Gens.series(in, n, false);
      if (NUMERIC_STATS.contains(c) && n > 0 && Arrays.stream(x).allMatch(Double::isNaN)) {
        x[(int) in.next(Constraint.between(0, n - 1))] = 1.5;
      }
      b.numeric(c, x);
    }
    for (String c : List.of("tmode", "tffill", "tbfill", "tconst", "note")) {
      String[] s = new String[n];
      for (int i = 0; i < n; i++) {
        long k = in.next(Constraint.between(0, 3));
        s[i] = k == 0 ? null : "c" + k;
      }
      if (c.equals("tmode") && n > 0) {
        s[(int) in.next(Constraint.between(0, n - 1))] = "c2";
      }
      b.text(c, s);
    }
    b.numeric("other", Gens.series(in, n, false));
    return b.build();
  }

  private static Gen<PlanCase> planCases() {
    Gen<PlanCase> g =
        in -> {
          boolean numericGroups = in.next(Constraint.between(0, 1)) == 0;
          boolean textOrder = in.next(Constraint.between(0, 1)) == 0;
          int trainRows = Math.max(1, Gens.length(in));
          Table train = table(in, trainRows, numericGroups, textOrder);
          Table test = table(in, Gens.length(in), numericGroups, textOrder);
          int limit =
              in.next(Constraint.between(0, 2)) == 0
                  ? (int) in.next(Constraint.between(1, 3))
                  : Integer.MAX_VALUE;
          return new PlanCase(
              train,
              test,
              in.next(Constraint.between(0, 1)) == 0,
              in.next(Constraint.between(0, 1)) == 0,
              limit);
        };
    return g.describedAs(PlanCase::toString);
  }

  /** Entity keys as the single-column imputers take them: strings, or Doubles with one zero. */
  private static Object[] keys(Table t) {
    if (!t.isNumeric("g")) {
      return t.text("g");
    }
    return Arrays.stream(t.numeric("g")).mapToObj(d -> d == 0 ? 0.0 : d).toArray();
  }

  private static Panel panel(PlanCase c, Table t) {
    Panel p = c.grouped ? Panel.byEntity(keys(t)) : Panel.single(t.rows());
    if (c.ordered) {
      p = t.isNumeric("t") ? p.orderedBy(t.numeric("t")) : p.orderedBy(t.text("t"));
    }
    return p;
  }

  private static double[] expectedNumeric(PlanCase c, String column) {
    double[] train = c.train.numeric(column);
    double[] test = c.test.numeric(column);
    Panel panel = panel(c, c.test);
    switch (column) {
      case "const":
        return Imputers.constant(-0.0).fit(train).transform(test);
      case "mean":
      case "median":
      case "mode":
        StatisticImputer s =
            column.equals("mean")
                ? Imputers.mean()
                : column.equals("median") ? Imputers.median() : Imputers.mode();
        return c.grouped
            ? s.fitByGroup(train, keys(c.train)).transform(test, Panel.byEntity(keys(c.test)))
            : s.fit(train).transform(test);
      default:
        SeriesImputer f =
            column.equals("ffill")
                ? Imputers.forwardFill()
                : column.equals("bfill") ? Imputers.backwardFill() : Imputers.linearInterpolation();
        if (c.limit != Integer.MAX_VALUE) {
          f = f.withLimit(c.limit);
        }
        return f.fit(train).transform(test, panel);
    }
  }

  private static String[] expectedText(PlanCase c, String column) {
    String[] train = c.train.text(column);
    String[] test = c.test.text(column);
    switch (column) {
      case "tconst":
        return CategoricalImputer.constant("?").fit(train).transform(test);
      case "tmode":
        CategoricalImputer<String> mode = CategoricalImputer.mode();
        return c.grouped
            ? mode.fitByGroup(train, keys(c.train)).transform(test, Panel.byEntity(keys(c.test)))
            : mode.fit(train).transform(test);
      default:
        CategoricalImputer<String> f =
            column.equals("tffill")
                ? CategoricalImputer.forwardFill()
                : CategoricalImputer.backwardFill();
        if (c.limit != Integer.MAX_VALUE) {
          f = f.withLimit(c.limit);
        }
        return f.fit(train).transform(test, panel(c, c.test));
    }
  }

  private static boolean same(double[] a, double[] b) {
    return Arrays.equals(a, b); // bit for bit, any NaN equal to any NaN
  }

  @Test
  void eachPlannedColumnIsItsSingleColumnImputer() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(planCases())
        .checkAssert(
            c -> {
              String before = c.toString();
              ImputedTable r = c.plan().fit(c.train).transform(c.test);
              assertThat(c.toString()).isEqualTo(before); // neither table changed
              Table out = r.table();
              assertThat(out.columnNames()).isEqualTo(c.test.columnNames());
              for (String column : c.plan().strategies().keySet()) {
                int imputed = 0;
                boolean[] mask = r.imputedMask(column);
                if (c.test.isNumeric(column)) {
                  double[] in = c.test.numeric(column);
                  double[] got = out.numeric(column);
                  assertThat(same(got, expectedNumeric(c, column))).as(column).isTrue();
                  for (int i = 0; i < in.length; i++) {
                    assertThat(mask[i]).isEqualTo(Double.isNaN(in[i]) && !Double.isNaN(got[i]));
                    imputed += mask[i] ? 1 : 0;
                  }
                } else {
                  String[] in = c.test.text(column);
                  String[] got = out.text(column);
                  assertThat(got).as(column).containsExactly(expectedText(c, column));
                  for (int i = 0; i < in.length; i++) {
                    assertThat(mask[i]).isEqualTo(in[i] == null && got[i] != null);
                    imputed += mask[i] ? 1 : 0;
                  }
                }
                assertThat(r.report(column).imputed()).as(column).isEqualTo(imputed);
              }
              // unplanned columns, the group and the order column pass through unchanged
              assertThat(same(out.numeric("other"), c.test.numeric("other"))).isTrue();
              assertThat(out.text("note")).containsExactly(c.test.text("note"));
              assertThat(out.toString()).isEqualTo(c.test.toString());
              for (String column : List.of("g", "t")) {
                if (c.test.isNumeric(column)) {
                  assertThat(same(out.numeric(column), c.test.numeric(column))).isTrue();
                } else {
                  assertThat(out.text(column)).containsExactly(c.test.text(column));
                }
              }
            });
  }

  /** The same table with every group key -0.0 written as 0.0. */
  private static Table positiveZeros(Table t) {
    if (!t.isNumeric("g")) {
      return t;
    }
    Table.Builder b = Table.builder();
    for (String c : t.columnNames()) {
      if (c.equals("g")) {
        b.numeric(c, Arrays.stream(t.numeric(c)).map(d -> d == 0 ? 0.0 : d).toArray());
      } else if (t.isNumeric(c)) {
        b.numeric(c, t.numeric(c));
      } else {
        b.text(c, t.text(c));
      }
    }
    return b.build();
  }

  /** The same table without the columns whose strategy learns nothing. */
  private static Table withoutNothingToLearn(Table t) {
    Table.Builder b = Table.builder();
    for (String c : t.columnNames()) {
      if (NOTHING_TO_LEARN.contains(c)) {
        continue;
      }
      if (t.isNumeric(c)) {
        b.numeric(c, t.numeric(c));
      } else {
        b.text(c, t.text(c));
      }
    }
    return b.build();
  }

  private static void assertSameTables(Table a, Table b) {
    assertThat(a.columnNames()).isEqualTo(b.columnNames());
    for (String c : a.columnNames()) {
      if (a.isNumeric(c)) {
        assertThat(same(a.numeric(c), b.numeric(c))).as(c).isTrue();
      } else {
        assertThat(a.text(c)).as(c).containsExactly(b.text(c));
      }
    }
  }

  @Test
  void minusZeroAndZeroAreOneEntityAndFillColumnsNeedNotBeInTheFitTable() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(planCases())
        .checkAssert(
            c -> {
              ImputationPlan plan = c.plan();
              Table expected = plan.fit(c.train).transform(c.test).table();
              Table zeros =
                  plan.fit(positiveZeros(c.train)).transform(positiveZeros(c.test)).table();
              assertSameTables(positiveZeros(expected), zeros);
              Table lean = plan.fit(withoutNothingToLearn(c.train)).transform(c.test).table();
              assertSameTables(lean, expected);
            });
  }

  @Test
  void applyingAPlanTwiceImputesNothingMore() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(planCases())
        .checkAssert(
            c -> {
              // without a limit: a second pass of a limited fill goes on where the first stopped
              ImputationPlan plan =
                  new PlanCase(c.train, c.test, c.grouped, c.ordered, Integer.MAX_VALUE).plan();
              Table once = plan.apply(c.train).table();
              ImputedTable twice = plan.apply(once);
              assertSameTables(twice.table(), once);
              for (ImputationReport report : twice.reports().values()) {
                assertThat(report.imputed()).isZero();
              }
            });
  }
}
