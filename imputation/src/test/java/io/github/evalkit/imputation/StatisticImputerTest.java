package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

class StatisticImputerTest {

  private static final double NaN = Double.NaN;

  // ---- hand-worked examples ----

  @Test
  void meanFillsWithTheTrainingMean() {
    double[] train = {1, NaN, 2, 6};
    double[] test = {NaN, 5, NaN};
    // pd.Series([nan, 5, nan]).fillna(pd.Series([1, nan, 2, 6]).mean()) -> [3.0, 5.0, 3.0]
    assertThat(Imputers.mean().fit(train).transform(test)).containsExactly(3, 5, 3);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    // pd.Series([4, 1, nan, 3, 10]).median() -> 3.5
    FittedImputer f = Imputers.median().fit(new double[] {4, 1, NaN, 3, 10});
    assertThat(f.fillValue()).hasValue(3.5);
    // pd.Series([4, 1, 3]).median() -> 3.0
    assertThat(Imputers.median().fit(new double[] {4, 1, 3}).fillValue()).hasValue(3.0);
  }

  @Test
  void modeBreaksTiesByTheSmallestValue() {
    // pd.Series([3, 1, 3, 1, 2, nan]).mode() -> [1.0, 3.0]; min -> 1.0
    assertThat(Imputers.mode().fit(new double[] {3, 1, 3, 1, 2, NaN}).fillValue()).hasValue(1.0);
    // pd.Series([5, 5, -2]).mode() -> [5.0]
    assertThat(Imputers.mode().fit(new double[] {5, 5, -2}).fillValue()).hasValue(5.0);
  }

  @Test
  void modeTreatsPlusAndMinusZeroAsOneValueReportedAsMinusZero() {
    // one value seen twice, so it beats 7.0; pandas hashes the two zeros as one value too
    long minusZero = Double.doubleToRawLongBits(-0.0);
    for (double[] train : new double[][] {{0.0, -0.0, 7.0}, {-0.0, 0.0, 7.0}, {-0.0, -0.0, 7}}) {
      double fill = Imputers.mode().fit(train).fillValue().getAsDouble();
      assertThat(Double.doubleToRawLongBits(fill)).isEqualTo(minusZero);
    }
    double onlyPlus = Imputers.mode().fit(new double[] {0.0, 0.0, 7.0}).fillValue().getAsDouble();
    assertThat(Double.doubleToRawLongBits(onlyPlus)).isZero();
  }

  @Test
  void constantFillsWithTheConstantAndNeedsNoTrainingValue() {
    // pd.Series([nan, 2, nan]).fillna(-1) -> [-1.0, 2.0, -1.0]
    double[] out =
        Imputers.constant(-1).fit(new double[] {NaN}).transform(new double[] {NaN, 2, NaN});
    assertThat(out).containsExactly(-1, 2, -1);
  }

  @Test
  void meanOfHugeValuesDoesNotOverflow() {
    // exact: (1e308 + 1e308 + 1e308) / 3 = 1e308
    assertThat(
            Imputers.mean().fit(new double[] {1e308, 1e308, NaN, 1e308}).fillValue().getAsDouble())
        .isCloseTo(1e308, within(1e293));
  }

  @Test
  void meanOfOneInfinityIsThatInfinityEvenWhenTheFiniteValuesOverflow() {
    double m = Double.MAX_VALUE;
    double inf = Double.POSITIVE_INFINITY;
    // -MAX + -MAX overflows to -Infinity inside the sum; the only infinity is +Infinity:
    // pd.Series([-m, -m, inf]).mean() -> inf
    assertThat(Imputers.mean().fit(new double[] {-m, -m, NaN, inf}).fillValue()).hasValue(inf);
    assertThat(Imputers.mean().fit(new double[] {m, -inf, m}).fillValue()).hasValue(-inf);
    FittedImputer perGroup =
        Imputers.mean()
            .fitByGroup(new double[] {-m, -m, inf, 1}, new String[] {"a", "a", "a", "b"});
    assertThat(perGroup.transform(new double[] {NaN, NaN}, Panel.byEntity(new String[] {"a", "b"})))
        .containsExactly(inf, 1);
  }

  @Test
  void theMeanOfAConstantColumnIsThatConstant() {
    // the plain (0.1 + 0.1 + 0.1) / 3 is 0.10000000000000002, above every value
    assertThat(Imputers.mean().fit(new double[] {0.1, 0.1, NaN, 0.1}).fillValue()).hasValue(0.1);
    assertThat(Imputers.mean().fit(new double[] {1e9 + 0.5, 1e9 + 0.5}).fillValue())
        .hasValue(1e9 + 0.5);
    // np.mean([-0.0, -0.0]) -> -0.0
    double negativeZero = Imputers.mean().fit(new double[] {-0.0, -0.0}).fillValue().getAsDouble();
    assertThat(Double.doubleToRawLongBits(negativeZero))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void sentinelCellsAreMissing() {
    double[] x = {-999, 4, 8, -999};
    // SimpleImputer(missing_values=-999, strategy="mean").fit_transform([[-999],[4],[8],[-999]])
    // -> [[6],[4],[8],[6]]
    assertThat(Imputers.mean().withMissingValue(-999).fit(x).transform(x))
        .containsExactly(6, 4, 8, 6);
    assertThat(x).containsExactly(-999, 4, 8, -999);
  }

  @Test
  void reportCountsMissingAndImputedCells() {
    Imputed<double[]> r =
        Imputers.median().fit(new double[] {1, 2, 3}).impute(new double[] {NaN, 1, NaN}, null);
    assertThat(r.values()).containsExactly(2, 1, 2);
    assertThat(r.report().missing()).isEqualTo(2);
    assertThat(r.report().imputed()).isEqualTo(2);
    assertThat(r.report().remainingMissing()).isZero();
    assertThat(r.report().numericFillValue()).hasValue(2.0);
    assertThat(r.report().groupFallbacks()).isEmpty();
  }

  @Test
  void perGroupStatisticsFallBackToTheOverallStatistic() {
    double[] train = {1, 3, NaN, 10, NaN};
    String[] groups = {"a", "a", "b", "c", "b"};
    FittedImputer f = Imputers.mean().fitByGroup(train, groups);
    // df.groupby("g")["x"].transform("mean"): a -> 2, c -> 10, b has none -> overall 14/3
    assertThat(f.fillValue().getAsDouble()).isCloseTo(14.0 / 3, within(1e-15));
    double[] test = {NaN, NaN, NaN, NaN};
    String[] testGroups = {"a", "b", "c", "d"};
    Imputed<double[]> r = f.impute(test, Panel.byEntity(testGroups));
    assertThat(r.values()).containsExactly(2, 14.0 / 3, 10, 14.0 / 3);
    assertThat(r.report().groupFallbacks()).hasValue(2);
    assertThat(r.report().fillValue()).isEmpty();
  }

  // ---- differential tests against Commons Math ----

  @Test
  void meanAgreesWithCommonsMath() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.moderateSeries())
        .assuming(x -> present(x).length > 0)
        .checkAssert(
            x -> {
              double expected = StatUtils.mean(present(x));
              double actual = Imputers.mean().fit(x).fillValue().getAsDouble();
              assertThat(actual).isCloseTo(expected, within(1e-9 + 1e-13 * Math.abs(expected)));
            });
  }

  @Test
  void meanIsWithinRoundingOfTheExactMean() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series())
        .assuming(x -> present(x).length > 0)
        .checkAssert(
            x -> {
              double[] v = present(x);
              BigDecimal sum = BigDecimal.ZERO;
              double maxAbs = 0;
              for (double d : v) {
                sum = sum.add(new BigDecimal(d));
                maxAbs = Math.max(maxAbs, Math.abs(d));
              }
              double exact =
                  sum.divide(BigDecimal.valueOf(v.length), MathContext.DECIMAL128).doubleValue();
              double actual = Imputers.mean().fit(x).fillValue().getAsDouble();
              assertThat(actual).isCloseTo(exact, within(4 * Math.ulp(maxAbs) + Math.ulp(exact)));
            });
  }

  @Test
  void medianAgreesWithCommonsMath() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.moderateSeries())
        .assuming(x -> present(x).length > 0)
        .checkAssert(
            x -> {
              double expected = new Median().evaluate(present(x));
              double actual = Imputers.median().fit(x).fillValue().getAsDouble();
              assertThat(actual).isCloseTo(expected, within(Math.ulp(expected)));
            });
  }

  @Test
  void modeAgreesWithCommonsMath() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series())
        .assuming(x -> present(x).length > 0)
        .checkAssert(
            x -> {
              double[] v = present(x);
              boolean minusZero = false;
              for (int i = 0; i < v.length; i++) {
                minusZero |= Double.doubleToRawLongBits(v[i]) == Double.doubleToRawLongBits(-0.0);
                v[i] = v[i] == 0 ? 0.0 : v[i]; // Commons counts -0.0 and 0.0 apart; we do not
              }
              double expected = StatUtils.mode(v)[0]; // all modes, ascending: the smallest tie
              if (expected == 0 && minusZero) {
                expected = -0.0; // one zero, reported as -0.0 when -0.0 occurs
              }
              double actual = Imputers.mode().fit(x).fillValue().getAsDouble();
              assertThat(Double.doubleToRawLongBits(actual))
                  .isEqualTo(Double.doubleToRawLongBits(expected));
            });
  }

  // ---- properties ----

  @Test
  void afterAStatisticNothingIsMissingAndValuesNeverChange() {
    for (Imputer imputer :
        new Imputer[] {Imputers.mean(), Imputers.median(), Imputers.mode(), Imputers.constant(7)}) {
      qt().withFixedSeed(Gens.SEED)
          .forAll(Gens.series(), Gens.series())
          .assuming(
              (train, test) -> imputer.strategy() == Strategy.CONSTANT || present(train).length > 0)
          .checkAssert(
              (train, test) -> {
                double[] testCopy = test.clone();
                double[] trainCopy = train.clone();
                double[] out = imputer.fit(train).transform(test);
                assertThat(out).doesNotContain(NaN);
                for (int i = 0; i < test.length; i++) {
                  if (!Double.isNaN(test[i])) {
                    assertThat(Double.doubleToRawLongBits(out[i]))
                        .isEqualTo(Double.doubleToRawLongBits(test[i]));
                  }
                }
                assertThat(Arrays.equals(test, testCopy)).isTrue();
                assertThat(Arrays.equals(train, trainCopy)).isTrue();
              });
    }
  }

  @Test
  void aFittedImputerUsesOnlyTrainingStatistics() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.moderateSeries(), Gens.moderateSeries())
        .assuming((train, test) -> present(train).length > 0)
        .checkAssert(
            (train, test) -> {
              FittedImputer f = Imputers.median().fit(train);
              double expected = new Median().evaluate(present(train));
              double[] out = f.transform(test);
              for (int i = 0; i < test.length; i++) {
                if (Double.isNaN(test[i])) {
                  assertThat(out[i]).isCloseTo(expected, within(Math.ulp(expected)));
                }
              }
            });
  }

  @Test
  void perGroupStatisticsAgreeWithCommonsMathGroupByGroup() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(
            Gens.panelCasesWithAValue()
                .map(c -> new Gens.PanelCase(clamp(c.values), c.groups, c.times)))
        .checkAssert(
            c -> {
              FittedImputer mean = Imputers.mean().fitByGroup(c.values, c.groups);
              FittedImputer median = Imputers.median().fitByGroup(c.values, c.groups);
              double[] allMissing = new double[c.values.length];
              Arrays.fill(allMissing, NaN);
              Imputed<double[]> means = mean.impute(allMissing, Panel.byEntity(c.groups));
              double[] medians = median.transform(allMissing, Panel.byEntity(c.groups));
              int fallbacks = 0;
              for (int i = 0; i < c.values.length; i++) {
                Integer g = c.groups[i];
                double[] own =
                    IntStream.range(0, c.values.length)
                        .filter(j -> c.groups[j].equals(g) && !Double.isNaN(c.values[j]))
                        .mapToDouble(j -> c.values[j])
                        .toArray();
                double[] source = own.length > 0 ? own : present(c.values);
                fallbacks += own.length > 0 ? 0 : 1;
                double m = StatUtils.mean(source);
                assertThat(means.values()[i]).isCloseTo(m, within(1e-9 + 1e-13 * Math.abs(m)));
                double md = new Median().evaluate(source);
                assertThat(medians[i]).isCloseTo(md, within(Math.ulp(md)));
              }
              assertThat(means.report().groupFallbacks()).hasValue(fallbacks);
            });
  }

  // ---- bad input ----

  @Test
  void anAllMissingColumnCannotBeFitted() {
    assertThatThrownBy(() -> Imputers.median().fit(new double[] {NaN, NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("median")
        .hasMessageContaining("train")
        .hasMessageContaining("all 2 values are missing");
    assertThatThrownBy(() -> Imputers.mean().fit(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void nanCannotBeAConstantAndInfinitiesCannotMeanAnything() {
    assertThatThrownBy(() -> Imputers.constant(NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("constant = NaN");
    assertThatThrownBy(
            () ->
                Imputers.mean()
                    .fit(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
    double inf = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> Imputers.median().fit(new double[] {-inf, inf}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot fit median: train holds both +Infinity and -Infinity, so its median is NaN");
    // A group with valid values but no statistic must not silently take the overall one.
    assertThatThrownBy(
            () ->
                Imputers.median()
                    .fitByGroup(
                        new double[] {-inf, inf, 1, 2, 3}, new String[] {"A", "A", "B", "B", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot fit median: group 'A' of train holds both +Infinity and -Infinity, so its"
                + " median is NaN");
  }

  @Test
  void groupArraysMustMatchAndHaveNoMissingKey() {
    assertThatThrownBy(() -> Imputers.mean().fitByGroup(new double[] {1, 2}, new String[] {"a"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train and groups lengths differ: 2 != 1");
    assertThatThrownBy(
            () -> Imputers.mean().fitByGroup(new double[] {1, 2}, new String[] {"a", null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groups[1] is null");
  }

  private static double[] clamp(double[] x) {
    return Arrays.stream(x).map(d -> Math.abs(d) > 1e6 ? Math.IEEEremainder(d, 1e6) : d).toArray();
  }

  static double[] present(double[] x) {
    return Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
  }
}
