package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The laws every numeric imputer obeys, run for each strategy. */
class ImputerContractTest {

  private static Imputer imputer(Strategy s) {
    return s == Strategy.CONSTANT ? Imputers.constant(-2.5) : Imputers.of(s);
  }

  private static boolean fittable(Strategy s, double[] train) {
    return !s.isStatistic()
        || s == Strategy.CONSTANT
        || Arrays.stream(train).anyMatch(d -> !Double.isNaN(d));
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void transformKeepsValuesLeavesInputsAloneAndReportsHonestly(Strategy s) {
    qt().withFixedSeed(Gens.SEED)
        .forAll(Gens.panelCases())
        .checkAssert(
            c -> {
              if (!fittable(s, c.values)) {
                assertThatThrownBy(() -> imputer(s).fit(c.values))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no non-missing value");
                return;
              }
              double[] in = c.values.clone();
              Imputed<double[]> r = imputer(s).fit(c.values).impute(c.values, c.panel());
              double[] out = r.values();
              assertThat(Arrays.equals(c.values, in)).isTrue();
              assertThat(out).isNotSameAs(c.values).hasSameSizeAs(c.values);
              int missing = 0;
              int remaining = 0;
              for (int i = 0; i < in.length; i++) {
                if (Double.isNaN(in[i])) {
                  missing++;
                  remaining += Double.isNaN(out[i]) ? 1 : 0;
                } else {
                  assertThat(Double.doubleToRawLongBits(out[i]))
                      .isEqualTo(Double.doubleToRawLongBits(in[i]));
                }
              }
              assertThat(r.report().strategy()).isEqualTo(s);
              assertThat(r.report().missing()).isEqualTo(missing);
              assertThat(r.report().remainingMissing()).isEqualTo(remaining);
              assertThat(r.report().imputed()).isEqualTo(missing - remaining);
              assertThat(r.report().fillValue().isPresent()).isEqualTo(s.isStatistic());
            });
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
