package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every static regression method rejects a NaN or infinite actual value, prediction or weight with
 * an {@link IllegalArgumentException} that names the argument and the index, wherever it sits.
 */
class NonFiniteInputLawsTest {

  private interface Weighted {
    void apply(double[] y, double[] p, double[] w);
  }

  private static final Map<String, BiConsumer<double[], double[]>> UNWEIGHTED =
      new LinkedHashMap<>();
  private static final Map<String, Weighted> WEIGHTED = new LinkedHashMap<>();

  static {
    UNWEIGHTED.put("mse", RegressionMetrics::mse);
    UNWEIGHTED.put("rmse", RegressionMetrics::rmse);
    UNWEIGHTED.put("mae", RegressionMetrics::mae);
    UNWEIGHTED.put("r2", RegressionMetrics::r2);
    UNWEIGHTED.put("explainedVariance", RegressionMetrics::explainedVariance);
    UNWEIGHTED.put("maxError", RegressionMetrics::maxError);
    UNWEIGHTED.put("medianAbsoluteError", RegressionMetrics::medianAbsoluteError);
    UNWEIGHTED.put("mape", RegressionMetrics::mape);
    UNWEIGHTED.put("report", RegressionMetrics::report);
    WEIGHTED.put("mse", RegressionMetrics::mse);
    WEIGHTED.put("rmse", RegressionMetrics::rmse);
    WEIGHTED.put("mae", RegressionMetrics::mae);
    WEIGHTED.put("r2", RegressionMetrics::r2);
    WEIGHTED.put("explainedVariance", RegressionMetrics::explainedVariance);
    WEIGHTED.put("medianAbsoluteError", RegressionMetrics::medianAbsoluteError);
    WEIGHTED.put("mape", RegressionMetrics::mape);
    WEIGHTED.put("report", RegressionMetrics::report);
  }

  private static final double[] BAD = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  @Test
  void aNonFiniteValueAnywhereIsRejectedByName() {
    qt().withFixedSeed(601L)
        .forAll(Samples.lengths(), longs().all(), Generate.pick(java.util.List.of(0, 1, 2)))
        .checkAssert(
            (n, seed, which) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double bad = BAD[which];
              for (int target = 0; target < 3; target++) {
                double[] y = r.doubles(n, -1e3, 1e3).toArray();
                double[] p = r.doubles(n, -1e3, 1e3).toArray();
                double[] w = r.doubles(n, 0.1, 1e6).toArray();
                int index = r.nextInt(n);
                String name = new String[] {"actual", "predicted", "weights"}[target];
                new double[][] {y, p, w}[target][index] = bad;
                String expected = name + "[" + index + "] is " + bad + ";";
                if (target < 2) {
                  for (Map.Entry<String, BiConsumer<double[], double[]>> e :
                      UNWEIGHTED.entrySet()) {
                    assertThatThrownBy(() -> e.getValue().accept(y, p))
                        .as("%s with %s n=%d seed=%d", e.getKey(), expected, n, seed)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(expected);
                  }
                }
                for (Map.Entry<String, Weighted> e : WEIGHTED.entrySet()) {
                  assertThatThrownBy(() -> e.getValue().apply(y, p, w))
                      .as("weighted %s with %s n=%d seed=%d", e.getKey(), expected, n, seed)
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageStartingWith(expected);
                }
              }
            });
  }
}
