package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImputationPlanTest {

  private static final double NaN = Double.NaN;

  /** Eight rows, as in the report example of the command-line contract. */
  private static Table clinic() {
    return Table.builder()
        .text("patient", new String[] {"p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4"})
        .numeric("visit", new double[] {2, 1, 1, 2, 1, 2, 2, 1})
        .numeric("age", new double[] {50, 50, NaN, 61, 48, NaN, 59, 59})
        .numeric("bp", new double[] {NaN, 120, 130, NaN, NaN, 140, 150, 155})
        .text("smoker", new String[] {"no", null, "yes", "yes", null, "no", "no", "no"})
        .build();
  }

  @Test
  void reportMatchesTheContractExample() {
    ImputationPlan plan =
        ImputationPlan.builder()
            .strategy("age", Strategy.MEAN)
            .strategy("bp", Strategy.FORWARD_FILL)
            .build();
    ImputedTable result = plan.apply(clinic());
    // df["age"].mean() -> (50+50+61+48+59+59)/6 = 54.5
    ImputationReport age = result.report("age");
    assertThat(age.strategy().cliName()).isEqualTo("mean");
    assertThat(age.missing()).isEqualTo(2);
    assertThat(age.imputed()).isEqualTo(2);
    assertThat(age.remainingMissing()).isZero();
    assertThat(age.numericFillValue()).hasValue(54.5);
    // df["bp"].ffill(): row 0 leading stays missing; rows 3, 4 take 130
    ImputationReport bp = result.report("bp");
    assertThat(bp.missing()).isEqualTo(3);
    assertThat(bp.imputed()).isEqualTo(2);
    assertThat(bp.remainingMissing()).isEqualTo(1);
    assertThat(bp.fillValue()).isEmpty();
    assertThat(result.table().numeric("bp"))
        .containsExactly(NaN, 120, 130, 130, 130, 140, 150, 155);
    assertThat(result.imputedMask("bp"))
        .containsExactly(false, false, false, true, true, false, false, false);
    assertThat(result.table().columnNames())
        .containsExactly("patient", "visit", "age", "bp", "smoker");
    assertThat(result.table().text("smoker")).containsExactly(clinic().text("smoker"));
  }

  @Test
  void groupAndOrderColumnsMakeAPanel() {
    ImputationPlan plan =
        ImputationPlan.builder()
            .strategy("bp", Strategy.FORWARD_FILL)
            .strategy("age", Strategy.MEDIAN)
            .strategy("smoker", Strategy.MODE)
            .groupBy("patient")
            .orderBy("visit")
            .build();
    ImputedTable result = plan.apply(clinic());
    // df.sort_values("visit", kind="stable").groupby("patient")["bp"].ffill():
    // p1: visit1=120, visit2 (row 0) <- 120; p2: visit1=130, visit2 (row 3) <- 130;
    // p3: visit1 (row 4) missing, nothing earlier; p4 complete
    assertThat(result.table().numeric("bp"))
        .containsExactly(120, 120, 130, 130, NaN, 140, 150, 155);
    // per-patient median of age: p2 -> 61, p3 -> 48
    assertThat(result.table().numeric("age")).containsExactly(50, 50, 61, 61, 48, 48, 59, 59);
    assertThat(result.report("age").groupFallbacks()).hasValue(0);
    assertThat(result.report("age").fillValue()).isEmpty();
    // per-patient mode of smoker: p1 -> "no", p3 -> "no"
    assertThat(result.table().text("smoker"))
        .containsExactly("no", "no", "yes", "yes", "no", "no", "no", "no");
    assertThat(result.report("bp").groupFallbacks()).isEmpty();
  }

  @Test
  void statisticsComeFromTheFitTableOnly() {
    Table train =
        Table.builder()
            .text("patient", new String[] {"p1", "p9"})
            .numeric("age", new double[] {40, 20})
            .text("smoker", new String[] {"yes", "yes"})
            .build();
    ImputationPlan plan =
        ImputationPlan.builder()
            .strategy("age", Strategy.MEAN)
            .constant("smoker", "unknown")
            .groupBy("patient")
            .build();
    ImputedTable result = plan.fit(train).transform(clinic());
    // p2 and p3 are not in the training table: they take its overall mean 30
    assertThat(result.table().numeric("age")).containsExactly(50, 50, 30, 61, 48, 30, 59, 59);
    assertThat(result.report("age").groupFallbacks()).hasValue(2);
    assertThat(result.table().text("smoker"))
        .containsExactly("no", "unknown", "yes", "yes", "unknown", "no", "no", "no");
    assertThat(result.report("smoker").fillValue()).hasValue("unknown");
    assertThat(result.report("smoker").groupFallbacks()).isEmpty();
  }

  @Test
  void columnsThatLearnNothingMayBeAbsentFromTheFitTable() {
    Table train = Table.builder().numeric("age", new double[] {40, 20}).build();
    ImputationPlan plan =
        ImputationPlan.builder()
            .strategy("age", Strategy.MEAN)
            .strategy("bp", Strategy.FORWARD_FILL)
            .strategy("smoker", Strategy.BACKWARD_FILL)
            .constant("note", "none")
            .constant("dose", 0.5)
            .limit(1)
            .build();
    Table test =
        Table.builder()
            .numeric("age", new double[] {NaN, 33, NaN})
            .numeric("bp", new double[] {120, NaN, NaN})
            .text("smoker", new String[] {null, null, "no"})
            .text("note", new String[] {"x", null, null})
            .numeric("dose", new double[] {NaN, 1, NaN})
            .build();
    ImputedTable result = plan.fit(train).transform(test);
    // pandas: test.age.fillna(train.age.mean()); test.bp.ffill(limit=1);
    // test.smoker.bfill(limit=1); test.note.fillna("none"); test.dose.fillna(0.5)
    assertThat(result.table().numeric("age")).containsExactly(30, 33, 30);
    assertThat(result.table().numeric("bp")).containsExactly(120, 120, NaN);
    assertThat(result.table().text("smoker")).containsExactly(null, "no", "no");
    assertThat(result.table().text("note")).containsExactly("x", "none", "none");
    assertThat(result.table().numeric("dose")).containsExactly(0.5, 1, 0.5);
    assertThat(result.report("bp").remainingMissing()).isEqualTo(1);
    assertThat(result.report("dose").fillValue()).hasValue(0.5);
    // The constant still has to suit the column it fills, now checked against the test table.
    ImputationPlan numberIntoText = ImputationPlan.builder().constant("note", 1.0).build();
    assertThatThrownBy(() -> numberIntoText.fit(train).transform(test))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'note'");
    // A statistic cannot be fitted on a table without its column.
    assertThatThrownBy(() -> plan.fit(Table.builder().numeric("bp", new double[] {1}).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'age'");
  }

  @Test
  void limitAppliesToFillsOnly() {
    Table t = Table.builder().numeric("x", new double[] {1, NaN, NaN, 4}).build();
    ImputationPlan plan =
        ImputationPlan.builder().strategy("x", Strategy.LINEAR_INTERPOLATION).limit(1).build();
    // s.interpolate(limit=1, limit_area="inside") -> [1, 2, nan, 4]
    assertThat(plan.apply(t).table().numeric("x")).containsExactly(1, 2, NaN, 4);
    assertThat(
            ImputationPlan.builder()
                .strategy("x", Strategy.MEAN)
                .limit(1)
                .build()
                .apply(t)
                .table()
                .numeric("x"))
        .containsExactly(1, 2.5, 2.5, 4);
  }

  @Test
  void numericConstantGivenAsText() {
    Table t = Table.builder().numeric("x", new double[] {NaN, 4}).build();
    assertThat(
            ImputationPlan.builder().constant("x", " 0.5 ").build().apply(t).table().numeric("x"))
        .containsExactly(0.5, 4);
  }

  @Test
  void badPlansAreRejectedNamingTheColumn() {
    Table t = clinic();
    assertThatThrownBy(
            () -> ImputationPlan.builder().strategy("height", Strategy.MEAN).build().apply(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown column 'height'")
        .hasMessageContaining("[patient, visit, age, bp, smoker]");
    assertThatThrownBy(
            () -> ImputationPlan.builder().strategy("smoker", Strategy.MEAN).build().apply(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean needs numbers, but column 'smoker' is text");
    assertThatThrownBy(
            () ->
                ImputationPlan.builder()
                    .strategy("age", Strategy.MEAN)
                    .strategy("age", Strategy.MODE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'age' already has a strategy");
    assertThatThrownBy(() -> ImputationPlan.builder().constant("age", "abc").build().apply(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("constant 'abc' is not a finite number");
    // Texts that Double.parseDouble reads but that are no decimal numbers.
    for (String notDecimal : new String[] {"1d", "2f", "0x1p3", "Infinity", "-Infinity", "1e400"}) {
      assertThatThrownBy(
              () -> ImputationPlan.builder().constant("age", notDecimal).build().apply(t))
          .as(notDecimal)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("constant '" + notDecimal + "' is not a finite number");
    }
    Table allMissing = Table.builder().numeric("x", new double[] {NaN, NaN}).build();
    assertThatThrownBy(
            () -> ImputationPlan.builder().strategy("x", Strategy.MEDIAN).build().apply(allMissing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'x'")
        .hasMessageContaining("no non-missing value");
    Table missingKey =
        Table.builder()
            .text("g", new String[] {"a", null})
            .numeric("x", new double[] {1, NaN})
            .build();
    assertThatThrownBy(
            () ->
                ImputationPlan.builder()
                    .strategy("x", Strategy.FORWARD_FILL)
                    .groupBy("g")
                    .build()
                    .apply(missingKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group column 'g' is missing at row 1");
    assertThatThrownBy(() -> ImputationPlan.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be at least 1, but is 0");
  }

  @Test
  void aGroupColumnOfAnotherKindThanInTrainingIsAnError() {
    Table train =
        Table.builder()
            .numeric("id", new double[] {1, 1, 2})
            .numeric("x", new double[] {10, 20, 100})
            .build();
    Table test =
        Table.builder()
            .text("id", new String[] {"1", "2"})
            .numeric("x", new double[] {NaN, NaN})
            .build();
    FittedImputationPlan fitted =
        ImputationPlan.builder().strategy("x", Strategy.MEAN).groupBy("id").build().fit(train);
    // Text keys "1" and "2" never equal the numeric keys 1.0 and 2.0: without this check every
    // cell silently took the overall mean 43.33 as a group fallback.
    assertThatThrownBy(() -> fitted.transform(test))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "group column 'id' is text here but was numeric in the training table");
    // The same kind is fine, and series fills need no training kind for the group column.
    Table numericTest =
        Table.builder()
            .numeric("id", new double[] {1, 2})
            .numeric("x", new double[] {NaN, NaN})
            .build();
    assertThat(fitted.transform(numericTest).table().numeric("x")).containsExactly(15, 100);
    assertThat(
            ImputationPlan.builder()
                .strategy("x", Strategy.FORWARD_FILL)
                .groupBy("id")
                .build()
                .fit(train)
                .transform(test)
                .report("x")
                .remainingMissing())
        .isEqualTo(2);
  }

  @Test
  void textModeTiesGoToTheSmallestCodePointAsPandasDoes() {
    String emoji = "\uD83D\uDE00"; // U+1F600, a surrogate pair in UTF-16
    String fullWidthA = "\uFF21"; // U+FF21
    Table t = Table.builder().text("c", new String[] {emoji, fullWidthA, null}).build();
    // pd.Series(["😀", "Ａ", None]).mode().min() -> "Ａ";
    // SimpleImputer(strategy="most_frequent") on the same column -> "Ａ" (scikit-learn 1.2.1)
    ImputedTable mode = ImputationPlan.builder().strategy("c", Strategy.MODE).build().apply(t);
    assertThat(mode.table().text("c")).containsExactly(emoji, fullWidthA, fullWidthA);
    assertThat(mode.report("c").fillValue()).contains(fullWidthA);
  }

  @Test
  void aTextOrderColumnSortsByCodePointAsPandasDoes() {
    String emoji = "\uD83D\uDE00"; // U+1F600, a surrogate pair in UTF-16
    String fullWidthA = "\uFF21"; // U+FF21
    Table series =
        Table.builder()
            .text("t", new String[] {emoji, fullWidthA, "b"})
            .numeric("x", new double[] {NaN, 1, NaN})
            .build();
    // pandas 1.5.3: df.sort_values("t", kind="stable")["x"].ffill() in row order -> [1, 1, NaN]:
    // the order is "b", "Ａ", "😀", so "😀" (row 0) follows "Ａ" and takes its 1
    ImputedTable ffill =
        ImputationPlan.builder()
            .strategy("x", Strategy.FORWARD_FILL)
            .orderBy("t")
            .build()
            .apply(series);
    assertThat(ffill.table().numeric("x")).containsExactly(1, 1, NaN);
  }

  @Test
  void tableCopiesItsColumns() {
    double[] age = {1, NaN};
    Table t = Table.builder().numeric("age", age).build();
    age[0] = 99;
    assertThat(t.numeric("age")[0]).isEqualTo(1);
    t.numeric("age")[0] = 42;
    assertThat(t.numeric("age")[0]).isEqualTo(1);
    assertThatThrownBy(
            () -> Table.builder().numeric("a", new double[1]).numeric("b", new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'b' has 2 rows but the table has 1");
  }
}
