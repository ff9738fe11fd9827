package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Algebraic laws of the imputers: idempotence, bounds, order independence, fallback, sentinel. */
class ImputationLawsTest {

  private static final double NaN = Double.NaN;

  private static boolean same(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])
          && !(Double.isNaN(a[i]) && Double.isNaN(b[i]))) {
        return false;
      }
    }
    return true;
  }

  private static double[] present(double[] x) {
    return StatisticImputerTest.present(x);
  }

  private static boolean fittable(Strategy s, double[] train) {
    return !s.learnsFromTraining()
        || (present(train).length > 0 && !ImputerContractTest.undefined(s, train));
  }

  private static Imputer imputer(Strategy s) {
    return s == Strategy.CONSTANT ? Imputers.constant(0.75) : Imputers.of(s);
  }

  // ---- idempotence ----

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void imputingTwiceChangesNothing(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithInfinities())
        .checkAssert(
            c -> {
              if (!fittable(s, c.values)) {
                return; // the contract test checks the error
              }
              FittedImputer f = imputer(s).fit(c.values);
              Panel panel = c.panel();
              double[] once = f.transform(c.values, panel);
              assertThat(same(f.transform(once, panel), once)).isTrue();
              if (s == Strategy.LINEAR_INTERPOLATION) {
                FittedImputer byTime = Imputers.linearInterpolation().withTimeAxis().fit(c.values);
                double[] t = byTime.transform(c.values, panel);
                assertThat(same(byTime.transform(t, panel), t)).isTrue();
              }
            });
  }

  @Test
  void categoricalImputingTwiceChangesNothing() {
    List<CategoricalImputer<String>> imputers =
        List.of(
            CategoricalImputer.<String>mode(),
            CategoricalImputer.constant("?"),
            CategoricalImputer.<String>forwardFill(),
            CategoricalImputer.<String>backwardFill());
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithAValue())
        .checkAssert(
            c -> {
              String[] text = new String[c.values.length];
              for (int i = 0; i < text.length; i++) {
                text[i] = Double.isNaN(c.values[i]) ? null : Double.toString(c.values[i]);
              }
              for (CategoricalImputer<String> imputer : imputers) {
                FittedCategoricalImputer<String> f = imputer.fit(text);
                String[] once = f.transform(text, c.panel());
                assertThat(f.transform(once, c.panel())).containsExactly(once);
                FittedCategoricalImputer<String> g = imputer.fitByGroup(text, c.groups);
                String[] grouped = g.transform(text, c.panel());
                assertThat(g.transform(grouped, c.panel())).containsExactly(grouped);
              }
            });
  }

  // ---- statistics ----

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"MEAN", "MEDIAN", "MODE"})
  void theFillLiesWithinTheTrainingValues(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.seriesWithInfinities())
        .assuming(x -> present(x).length > 0 && fittable(s, x))
        .checkAssert(
            x -> {
              double[] v = present(x);
              double fill = imputer(s).fit(x).fillValue().getAsDouble();
              double min = Arrays.stream(v).min().getAsDouble();
              double max = Arrays.stream(v).max().getAsDouble();
              assertThat(fill).isBetween(min, max);
              if (s == Strategy.MODE) {
                long bits = Double.doubleToRawLongBits(fill);
                assertThat(Arrays.stream(v).anyMatch(d -> Double.doubleToRawLongBits(d) == bits))
                    .isTrue();
              }
            });
  }

  /** A series and a permutation of it. */
  private static Gen<double[][]> seriesAndShuffle() {
    Gen<double[][]> g =
        in -> {
          double[] x = Gens.seriesWithInfinities().generate(in);
          double[] y = x.clone();
          for (int i = y.length - 1; i > 0; i--) {
            int j = (int) in.next(Constraint.between(0, i));
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
          }
          return new double[][] {x, y};
        };
    return g.describedAs(p -> Arrays.toString(p[0]) + " shuffled " + Arrays.toString(p[1]));
  }

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"MEDIAN", "MODE"})
  void medianAndModeDoNotDependOnTheOrderOfTrain(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(seriesAndShuffle())
        .assuming(p -> present(p[0]).length > 0 && fittable(s, p[0]))
        .checkAssert(
            p -> {
              double a = imputer(s).fit(p[0]).fillValue().getAsDouble();
              double b = imputer(s).fit(p[1]).fillValue().getAsDouble();
              assertThat(Double.doubleToRawLongBits(b)).isEqualTo(Double.doubleToRawLongBits(a));
            });
  }

  private static final double[] CONSTANTS = {
    1e9 + 0.5,
    0.1,
    1.0 / 3,
    -2.5,
    1e300,
    -1e300,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    Double.MIN_VALUE,
    Double.MIN_NORMAL,
    0.0,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY
  };

  @Test
  void theMeanOfAConstantColumnIsThatConstant() {
    Gen<double[]> constantColumns =
        in -> {
          double c = CONSTANTS[(int) in.next(Constraint.between(0, CONSTANTS.length - 1))];
          double[] x = new double[Gens.length(in) + 1];
          Arrays.fill(x, c);
          for (int i = 1; i < x.length; i++) {
            if (in.next(Constraint.between(0, 3)) == 0) {
              x[i] = NaN;
            }
          }
          return x;
        };
    qt().withFixedSeed(Gens.SEED)
        .forAll(constantColumns.describedAs(Arrays::toString))
        .checkAssert(
            x -> {
              double c = x[0];
              assertThat(Imputers.mean().fit(x).fillValue().getAsDouble() == c).isTrue();
              assertThat(Imputers.median().fit(x).fillValue().getAsDouble() == c).isTrue();
            });
  }

  @Test
  void meanImputationPreservesTheExactColumnMean() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series())
        .assuming(x -> present(x).length > 0)
        .checkAssert(
            x -> {
              double[] filled = Imputers.mean().fit(x).transform(x);
              double[] v = present(x);
              double scale = Arrays.stream(v).map(Math::abs).max().getAsDouble();
              BigDecimal before = exactMean(v);
              BigDecimal after = exactMean(filled);
              // (S + k m) / (n + k) differs from S / n by k / (n + k) of the fill's rounding error
              double tolerance = 4 * Math.ulp(scale) + Math.ulp(before.doubleValue());
              assertThat(after.subtract(before).abs().doubleValue()).isLessThanOrEqualTo(tolerance);
            });
  }

  private static BigDecimal exactMean(double[] v) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double d : v) {
      sum = sum.add(new BigDecimal(d));
    }
    return sum.divide(BigDecimal.valueOf(v.length), MathContext.DECIMAL128);
  }

  // ---- fallback ----

  /** Which rows of each entity have nothing to take from, by the definition in SeriesImputer. */
  private static boolean[] nothingToTakeFrom(Gens.PanelCase c, Strategy s) {
    boolean[] edge = new boolean[c.values.length];
    for (List<Integer> rows : SeriesImputerTest.orderedGroups(c).values()) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < rows.size(); k++) {
        if (!Double.isNaN(c.values[rows.get(k)])) {
          first = first < 0 ? k : first;
          last = k;
        }
      }
      for (int k = 0; k < rows.size(); k++) {
        boolean leading = first < 0 || k < first;
        boolean trailing = first < 0 || k > last;
        edge[rows.get(k)] =
            (s != Strategy.BACKWARD_FILL && leading) || (s != Strategy.FORWARD_FILL && trailing);
      }
    }
    return edge;
  }

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"FORWARD_FILL", "BACKWARD_FILL", "LINEAR_INTERPOLATION"})
  void theFallbackFillsExactlyTheCellsWithNothingToTakeFrom(Strategy s) {
    Gen<Integer> limits =
        in ->
            in.next(Constraint.between(0, 2)) == 0
                ? Integer.MAX_VALUE
                : (int) in.next(Constraint.between(1, 3));
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithInfinities(), limits)
        .checkAssert(
            (c, limit) -> {
              SeriesImputer first = (SeriesImputer) imputer(s);
              if (limit != Integer.MAX_VALUE) {
                first = first.withLimit(limit);
              }
              Panel panel = c.panel();
              double[] plain = first.fit(c.values).transform(c.values, panel);
              boolean[] edge = nothingToTakeFrom(c, s);
              // a constant marks the cells that took the fallback
              double marker = -123.456;
              double[] withConstant =
                  first
                      .withFallback(Imputers.constant(marker))
                      .fit(c.values)
                      .transform(c.values, panel);
              // bfill as the second fill sees the series after the first (pandas s.ffill().bfill())
              double[] then = Imputers.backwardFill().fit(plain).transform(plain, panel);
              double[] withBfill =
                  first
                      .withFallback(Imputers.backwardFill())
                      .fit(c.values)
                      .transform(c.values, panel);
              for (int i = 0; i < plain.length; i++) {
                if (edge[i]) {
                  assertThat(Double.isNaN(plain[i])).isTrue();
                  assertThat(withConstant[i]).isEqualTo(marker);
                  assertThat(Double.doubleToRawLongBits(withBfill[i]))
                      .isEqualTo(Double.doubleToRawLongBits(then[i]));
                } else {
                  // cells stopped by the limit (or a gap with no line) stay missing
                  assertThat(Double.doubleToRawLongBits(withConstant[i]))
                      .isEqualTo(Double.doubleToRawLongBits(plain[i]));
                  assertThat(Double.doubleToRawLongBits(withBfill[i]))
                      .isEqualTo(Double.doubleToRawLongBits(plain[i]));
                }
              }
            });
  }

  @Test
  void aStatisticFallbackIsFittedOnTheTrainingData() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.series(), Gens.panelCases())
        .assuming((train, test) -> present(train).length > 0)
        .checkAssert(
            (train, test) -> {
              double mean = Imputers.mean().fit(train).fillValue().getAsDouble();
              double[] out =
                  Imputers.forwardFill()
                      .withFallback(Imputers.mean())
                      .fit(train)
                      .transform(test.values, test.panel());
              boolean[] edge = nothingToTakeFrom(test, Strategy.FORWARD_FILL);
              for (int i = 0; i < out.length; i++) {
                if (edge[i]) {
                  assertThat(Double.doubleToRawLongBits(out[i]))
                      .isEqualTo(Double.doubleToRawLongBits(mean));
                }
              }
            });
  }

  // ---- sentinel ----

  private static Imputer configured(Strategy s, int variant) {
    Imputer i = imputer(s);
    if (i instanceof SeriesImputer && variant == 1) {
      return ((SeriesImputer) i).withLimit(2);
    }
    if (i instanceof SeriesImputer && variant == 2) {
      return ((SeriesImputer) i).withFallback(Imputers.median());
    }
    return i;
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aSentinelActsAsNaNAndAnUnfilledSentinelCellKeepsItsValue(Strategy s) {
    Gen<double[]> sentinels =
        in -> {
          double[] x = Gens.series().generate(in);
          long pick = in.next(Constraint.between(0, 2));
          double sentinel;
          if (pick == 0 || x.length == 0) {
            sentinel = pick == 1 ? -0.0 : 0.0; // matches both zeros
          } else {
            sentinel = x[(int) in.next(Constraint.between(0, x.length - 1))];
          }
          if (Double.isNaN(sentinel)) {
            sentinel = 1.0;
          }
          double[] withSentinel = Arrays.copyOf(x, x.length + 1);
          withSentinel[x.length] = sentinel; // the sentinel itself, last
          return withSentinel;
        };
    qt().withFixedSeed(Gens.SEED)
        .forAll(sentinels.describedAs(Arrays::toString), Gens.panelCases())
        .checkAssert(
            (trainAndSentinel, test) -> {
              int n = trainAndSentinel.length - 1;
              double sentinel = trainAndSentinel[n];
              double[] train = Arrays.copyOf(trainAndSentinel, n);
              // the test series uses the sentinel too: replace some of its cells with it
              double[] values = test.values.clone();
              for (int i = 0; i < values.length; i += 3) {
                values[i] = i % 2 == 0 ? sentinel : -sentinel;
              }
              double[] trainAsNaN = asNaN(train, sentinel);
              double[] valuesAsNaN = asNaN(values, sentinel);
              for (int variant = 0; variant < 3; variant++) {
                Imputer plain = configured(s, variant);
                boolean fittable =
                    fittable(s, trainAsNaN)
                        && (variant != 2
                            || !(plain instanceof SeriesImputer)
                            || present(trainAsNaN).length > 0);
                if (!fittable) {
                  continue;
                }
                Panel panel = test.panel();
                double[] trainCopy = train.clone();
                double[] valuesCopy = values.clone();
                Imputed<double[]> got =
                    plain.withMissingValue(sentinel).fit(train).impute(values, panel);
                double[] expected = plain.fit(trainAsNaN).transform(valuesAsNaN, panel);
                for (int i = 0; i < values.length; i++) {
                  if (values[i] == sentinel && Double.isNaN(expected[i])) {
                    expected[i] = values[i]; // its own bits: -0.0 stays -0.0
                  }
                }
                assertThat(same(got.values(), expected)).isTrue();
                assertThat(got.report().missing())
                    .isEqualTo((int) Arrays.stream(valuesAsNaN).filter(Double::isNaN).count());
                assertThat(same(train, trainCopy)).isTrue();
                assertThat(same(values, valuesCopy)).isTrue();
              }
            });
  }

  private static double[] asNaN(double[] x, double sentinel) {
    return Arrays.stream(x).map(d -> d == sentinel ? NaN : d).toArray();
  }

  // ---- interpolation ----

  @Test
  void interpolatedCellsLieBetweenTheirGapsEndsAndAreMonotone() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithInfinities())
        .checkAssert(
            c -> {
              Panel panel = c.panel();
              double[] byPosition =
                  Imputers.linearInterpolation().fit(c.values).transform(c.values, panel);
              double[] byTime =
                  Imputers.linearInterpolation()
                      .withTimeAxis()
                      .fit(c.values)
                      .transform(c.values, panel);
              for (double[] out : new double[][] {byPosition, byTime}) {
                for (List<Integer> rows : SeriesImputerTest.orderedGroups(c).values()) {
                  checkGaps(c.values, out, rows);
                }
              }
            });
  }

  private static void checkGaps(double[] in, double[] out, List<Integer> rows) {
    int a = -1;
    for (int k = 0; k < rows.size(); k++) {
      if (Double.isNaN(in[rows.get(k)])) {
        continue;
      }
      if (a >= 0 && k > a + 1) {
        double va = in[rows.get(a)];
        double vb = in[rows.get(k)];
        double lo = Math.min(va, vb);
        double hi = Math.max(va, vb);
        double previous = va;
        for (int j = a + 1; j < k; j++) {
          double v = out[rows.get(j)];
          // IEEE comparisons: between -0.0 and -0.0 the line gives 0.0, as numpy's does
          String where = "cell " + j + " of gap " + va + ".." + vb + ": " + v;
          if (Double.isFinite(va) && Double.isFinite(vb)) {
            assertThat(v >= lo && v <= hi).as(where).isTrue();
            assertThat(va <= vb ? v >= previous : v <= previous).as(where).isTrue();
            previous = v;
          } else if (!Double.isNaN(v)) {
            assertThat(v >= lo && v <= hi).as(where).isTrue();
          }
        }
      }
      a = k;
    }
  }

  @Test
  void interpolationByTimeAgreesWithAnExactReferenceWithTiedTimes() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCases())
        .checkAssert(
            c -> {
              double[] out =
                  Imputers.linearInterpolation()
                      .withTimeAxis()
                      .fit(c.values)
                      .transform(c.values, c.panel());
              for (List<Integer> rows : SeriesImputerTest.orderedGroups(c).values()) {
                int a = -1;
                for (int k = 0; k < rows.size(); k++) {
                  if (Double.isNaN(c.values[rows.get(k)])) {
                    continue;
                  }
                  for (int j = a + 1; a >= 0 && j < k; j++) {
                    double expected = onTheLine(c, rows, a, j, k);
                    double va = c.values[rows.get(a)];
                    double vb = c.values[rows.get(k)];
                    double scale = Math.max(Math.abs(va), Math.abs(vb));
                    assertThat(out[rows.get(j)])
                        .isCloseTo(expected, within(4 * Math.ulp(scale) + Math.ulp(expected)));
                  }
                  a = k;
                }
              }
            });
  }

  /** The exact value at cell j between valid cells a and k: by time, or by position at a tie. */
  private static double onTheLine(Gens.PanelCase c, List<Integer> rows, int a, int j, int k) {
    BigDecimal va = new BigDecimal(c.values[rows.get(a)]);
    BigDecimal vb = new BigDecimal(c.values[rows.get(k)]);
    double ta = c.times[rows.get(a)];
    double tb = c.times[rows.get(k)];
    BigDecimal num;
    BigDecimal den;
    if (tb > ta) {
      num = new BigDecimal(c.times[rows.get(j)]).subtract(new BigDecimal(ta));
      den = new BigDecimal(tb).subtract(new BigDecimal(ta));
    } else {
      num = BigDecimal.valueOf(j - a);
      den = BigDecimal.valueOf(k - a);
    }
    return va.add(vb.subtract(va).multiply(num).divide(den, MathContext.DECIMAL128)).doubleValue();
  }

  @Test
  void interpolationByTimeIsUnchangedWhenTimesAreScaledBeyondOverflow() {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithInfinities())
        .checkAssert(
            c -> {
              // times 0..100 shifted to -50..50, then scaled by 2^1018: differences up to about
              // 2^1024.6 overflow, the times themselves do not; the fractions are the same
              double[] shifted = Arrays.stream(c.times).map(t -> t - 50).toArray();
              double[] huge = Arrays.stream(shifted).map(t -> Math.scalb(t, 1018)).toArray();
              FittedImputer f = Imputers.linearInterpolation().withTimeAxis().fit(c.values);
              double[] small = f.transform(c.values, Panel.byEntity(c.groups).orderedBy(shifted));
              double[] big = f.transform(c.values, Panel.byEntity(c.groups).orderedBy(huge));
              assertThat(same(big, small)).isTrue();
            });
  }
}
