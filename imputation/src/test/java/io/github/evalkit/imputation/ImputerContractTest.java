package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** The laws every numeric imputer obeys, run for each strategy. */
class ImputerContractTest {

  private static Imputer imputer(Strategy s) {
    return s == Strategy.CONSTANT ? Imputers.constant(-2.5) : Imputers.of(s);
  }

  private static StatisticImputer statistic(Strategy s) {
    return (StatisticImputer) imputer(s);
  }

  private static boolean fittable(Strategy s, double[] train) {
    return !s.isStatistic()
        || s == Strategy.CONSTANT
        || Arrays.stream(train).anyMatch(d -> !Double.isNaN(d));
  }

  /**
   * Whether the statistic of the non-missing values is undefined (NaN): a mean of both +∞ and −∞,
   * or a median whose two middle values are −∞ and +∞. A mode is always one of the values.
   */
  static boolean undefined(Strategy s, double[] train) {
    double[] v = Arrays.stream(train).filter(d -> !Double.isNaN(d)).sorted().toArray();
    int n = v.length;
    switch (s) {
      case MEAN:
        return n > 0 && v[0] == Double.NEGATIVE_INFINITY && v[n - 1] == Double.POSITIVE_INFINITY;
      case MEDIAN:
        return n > 0
            && n % 2 == 0
            && v[n / 2 - 1] == Double.NEGATIVE_INFINITY
            && v[n / 2] == Double.POSITIVE_INFINITY;
      default:
        return false;
    }
  }

  /** Fits, or checks that fitting fails for the documented reason and returns null. */
  private static FittedImputer fitOrExplain(Strategy s, double[] train) {
    if (!fittable(s, train)) {
      assertThatThrownBy(() -> imputer(s).fit(train))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no non-missing value");
      return null;
    }
    if (undefined(s, train)) {
      assertThatThrownBy(() -> imputer(s).fit(train))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("both +Infinity and -Infinity");
      return null;
    }
    return imputer(s).fit(train);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void transformKeepsValuesLeavesInputsAloneAndReportsHonestly(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCasesWithInfinities())
        .checkAssert(
            c -> {
              FittedImputer f = fitOrExplain(s, c.values);
              if (f == null) {
                return;
              }
              double[] in = c.values.clone();
              Imputed<double[]> r = f.impute(c.values, c.panel());
              assertThat(Arrays.equals(c.values, in)).isTrue();
              assertHonest(s, in, r);
              assertThat(r.report().fillValue().isPresent()).isEqualTo(s.isStatistic());
            });
  }

  /** Separate train and test series, each with its entities; test may hold new entities. */
  private static final class TrainTest {
    final Gens.PanelCase train;
    final Gens.PanelCase test;

    TrainTest(Gens.PanelCase train, Gens.PanelCase test) {
      this.train = train;
      this.test = test;
    }

    @Override
    public String toString() {
      return "train: " + train + "\ntest: " + test;
    }
  }

  private static Gen<TrainTest> trainTest() {
    Gen<TrainTest> g =
        in -> {
          Gens.PanelCase train = Gens.panelCasesWithInfinities().generate(in);
          Gens.PanelCase test = Gens.panelCasesWithInfinities().generate(in);
          // test entities are 1..4, train entities 0..3: entity 4 is never in train
          Integer[] shifted = Arrays.stream(test.groups).map(k -> k + 1).toArray(Integer[]::new);
          return new TrainTest(train, new Gens.PanelCase(test.values, shifted, test.times));
        };
    return g.describedAs(TrainTest::toString);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void fittedOnTrainItFillsOtherDataByTheSameLaws(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(trainTest())
        .checkAssert(
            tt -> {
              double[] train = tt.train.values.clone();
              double[] test = tt.test.values.clone();
              Integer[] testGroups = tt.test.groups.clone();
              double[] testTimes = tt.test.times.clone();
              FittedImputer f = fitOrExplain(s, tt.train.values);
              if (f == null) {
                return;
              }
              Imputed<double[]> r = f.impute(tt.test.values, tt.test.panel());
              assertThat(Arrays.equals(tt.train.values, train)).isTrue();
              assertThat(Arrays.equals(tt.test.values, test)).isTrue();
              assertThat(tt.test.groups).containsExactly(testGroups);
              assertThat(Arrays.equals(tt.test.times, testTimes)).isTrue();
              assertHonest(s, test, r);
              if (s.isStatistic()) {
                // every missing cell takes the training statistic, whatever the test data
                long fill = Double.doubleToRawLongBits(f.fillValue().getAsDouble());
                for (int i = 0; i < test.length; i++) {
                  if (Double.isNaN(test[i])) {
                    assertThat(Double.doubleToRawLongBits(r.values()[i])).isEqualTo(fill);
                  }
                }
              } else {
                // a series fill learns nothing from train
                double[] untrained = imputer(s).fit(new double[0]).transform(test, tt.test.panel());
                assertThat(Arrays.equals(r.values(), untrained)).isTrue();
              }
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"MEAN", "MEDIAN", "MODE", "CONSTANT"})
  void perGroupStatisticsFillEachEntityFromItsOwnTrainingRows(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(trainTest())
        .checkAssert(
            tt -> {
              double[] train = tt.train.values;
              Integer[] groups = tt.train.groups.clone();
              double[] trainCopy = train.clone();
              if (fitOrExplain(s, train) == null) {
                return;
              }
              FittedImputer overall = imputer(s).fit(train);
              // an entity whose statistic is undefined must fail, not take the overall one
              Map<Integer, double[]> own = new HashMap<>();
              for (Integer g : new LinkedHashSet<>(Arrays.asList(groups))) {
                double[] mine =
                    IntStream.range(0, train.length)
                        .filter(i -> groups[i].equals(g) && !Double.isNaN(train[i]))
                        .mapToDouble(i -> train[i])
                        .toArray();
                if (mine.length > 0) {
                  own.put(g, mine);
                }
              }
              boolean anUndefinedGroup =
                  s != Strategy.CONSTANT && own.values().stream().anyMatch(v -> undefined(s, v));
              if (anUndefinedGroup) {
                assertThatThrownBy(() -> statistic(s).fitByGroup(train, tt.train.groups))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("group '")
                    .hasMessageContaining("both +Infinity and -Infinity");
                return;
              }
              FittedImputer f = statistic(s).fitByGroup(train, tt.train.groups);
              assertThat(Arrays.equals(train, trainCopy)).isTrue();
              assertThat(tt.train.groups).containsExactly(groups);
              double[] test = tt.test.values;
              Imputed<double[]> r = f.impute(test, Panel.byEntity(tt.test.groups));
              assertHonest(s, test, r);
              int fallbacks = 0;
              for (int i = 0; i < test.length; i++) {
                if (!Double.isNaN(test[i])) {
                  continue;
                }
                double[] mine = s == Strategy.CONSTANT ? null : own.get(tt.test.groups[i]);
                double expected =
                    mine == null
                        ? overall.fillValue().getAsDouble()
                        : imputer(s).fit(mine).fillValue().getAsDouble();
                fallbacks += mine == null ? 1 : 0;
                if (s == Strategy.MEAN && mine != null && Double.isFinite(expected)) {
                  // the compensated sum of a range may round differently from that of a copy
                  double scale = Arrays.stream(mine).map(Math::abs).max().getAsDouble();
                  assertThat(r.values()[i])
                      .isCloseTo(expected, within(4 * Math.ulp(scale) + Math.ulp(expected)));
                } else {
                  assertThat(Double.doubleToRawLongBits(r.values()[i]))
                      .isEqualTo(Double.doubleToRawLongBits(expected));
                }
              }
              if (s == Strategy.CONSTANT) {
                assertThat(r.report().groupFallbacks()).isEmpty();
              } else {
                assertThat(r.report().groupFallbacks()).hasValue(fallbacks);
              }
            });
  }

  private static void assertHonest(Strategy s, double[] in, Imputed<double[]> r) {
    double[] out = r.values();
    assertThat(out).isNotSameAs(in).hasSameSizeAs(in);
    int missing = 0;
    int remaining = 0;
    for (int i = 0; i < in.length; i++) {
      if (Double.isNaN(in[i])) {
        missing++;
        remaining += Double.isNaN(out[i]) ? 1 : 0;
      } else {
        assertThat(Double.doubleToRawLongBits(out[i])).isEqualTo(Double.doubleToRawLongBits(in[i]));
      }
    }
    assertThat(r.report().strategy()).isEqualTo(s);
    assertThat(r.report().missing()).isEqualTo(missing);
    assertThat(r.report().remainingMissing()).isEqualTo(remaining);
    assertThat(r.report().imputed()).isEqualTo(missing - remaining);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aFittedImputerIsSafeToShareBetweenThreads(Strategy s) {
    double[][] inputs = new double[64][];
    for (int k = 0; k < inputs.length; k++) {
      double[] x = new double[1000 + k];
      for (int i = 0; i < x.length; i++) {
        x[i] = (i * 31 + k) % 7 == 0 ? Double.NaN : Math.sin(i + k);
      }
      inputs[k] = x;
    }
    FittedImputer f = imputer(s).fit(inputs[0]);
    List<double[]> sequential =
        Arrays.stream(inputs).map(f::transform).collect(Collectors.toList());
    List<double[]> parallel =
        IntStream.range(0, inputs.length)
            .parallel()
            .mapToObj(k -> f.transform(inputs[k]))
            .collect(Collectors.toList());
    for (int k = 0; k < inputs.length; k++) {
      assertThat(Arrays.equals(parallel.get(k), sequential.get(k))).isTrue();
    }
  }
}
