package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example in core/README.md, line for line, with the values its comments state. */
class ReadmeExamplesTest {

  @Test
  void theReadmeExampleGivesTheValuesItStates() {
    double[] actual = {3, 5, 2, 7};
    double[] predicted = {2.5, 5, 4, 8};
    double sse = ArrayKernels.sumOfSquaredDifferences(actual, predicted); // 0.25 + 0 + 4 + 1
    assertThat(sse).isEqualTo(5.25);
    double[] m = new double[ArrayKernels.ERROR_MOMENTS_LENGTH];
    ArrayKernels.errorMoments(actual, predicted, 0, actual.length, m);
    assertThat(m).containsExactly(5.25, 3.5, 2.0, -2.5, 17.0); // Σd², Σ|d|, max|d|, Σd, Σa
    double mae = m[ArrayKernels.SUM_ABSOLUTE] / actual.length;
    assertThat(mae).isEqualTo(0.875);

    double[] series = {1, Double.NaN, Double.NaN, 4};
    int filled = ArrayKernels.forwardFill(series, 0, series.length, 1);
    assertThat(filled).isEqualTo(1);
    assertThat(series).containsExactly(1, 1, Double.NaN, 4);

    long[] confusion = new long[2 * 2]; // rows = actual
    ArrayKernels.countPairs(new int[] {0, 1, 1}, new int[] {0, 1, 0}, 0, 3, 2, confusion);
    assertThat(confusion).containsExactly(1, 0, 1, 1);
  }
}
