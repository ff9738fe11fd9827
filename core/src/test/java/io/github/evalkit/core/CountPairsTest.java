package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.evalkit.core.internal.KernelSupport;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Confusion counts: the table against a plain tally, the range check, and failure atomicity. */
class CountPairsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void countsMatchAPlainTallyOrNameTheFirstBadCode(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.codeCases())
        .checkAssert(
            c -> {
              long[] before = new long[c.k * c.k];
              for (int i = 0; i < before.length; i++) {
                before[i] = 1000 + i; // counts are added to, not overwritten
              }
              long[] counts = before.clone();
              int bad = provider.countPairs(c.actual, c.predicted, c.from, c.to, c.k, counts);
              int firstBad = -1;
              long[] expected = before.clone();
              for (int i = c.from; i < c.to; i++) {
                int a = c.actual[i];
                int p = c.predicted[i];
                if (a < 0 || a >= c.k || p < 0 || p >= c.k) {
                  firstBad = i;
                  break;
                }
                expected[a * c.k + p]++;
              }
              assertThat(bad).as("%s", c).isEqualTo(firstBad);
              if (firstBad >= 0) {
                assertThat(counts).as("unchanged after a bad code, %s", c).isEqualTo(before);
              } else {
                assertThat(counts).as("%s", c).isEqualTo(expected);
                long total = Arrays.stream(counts).sum() - Arrays.stream(before).sum();
                assertThat(total).isEqualTo(c.to - c.from);
              }
            });
  }

  @Test
  void binaryHandWorkedExample() {
    // sklearn.metrics.confusion_matrix([0, 1, 1, 0, 1], [0, 1, 0, 0, 0]) -> [[2, 0], [2, 1]]
    long[] counts = new long[4];
    ArrayKernels.countPairs(new int[] {0, 1, 1, 0, 1}, new int[] {0, 1, 0, 0, 0}, 0, 5, 2, counts);
    assertThat(counts).containsExactly(2, 0, 2, 1);
  }

  @Test
  void badCodeThrowsNamingArgumentIndexAndValueAndChangesNothing() {
    int n = 100;
    int[] actual = new int[n];
    int[] predicted = new int[n];
    for (int i = 0; i < n; i++) {
      actual[i] = i % 2;
      predicted[i] = (i / 2) % 2;
    }
    predicted[70] = 2;
    long[] counts = {5, 6, 7, 8};
    assertThatThrownBy(() -> ArrayKernels.countPairs(actual, predicted, 0, n, 2, counts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted[70] = 2 is not a class code in [0, 2)");
    assertThat(counts).containsExactly(5, 6, 7, 8);
    actual[3] = -1;
    long[] ten = new long[9];
    assertThatThrownBy(() -> ArrayKernels.countPairs(actual, predicted, 0, n, 3, ten))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[3] = -1 is not a class code in [0, 3)");
    assertThat(ten).containsOnly(0L);
    // Outside the range the bad codes are not read.
    ArrayKernels.countPairs(actual, predicted, 4, 70, 2, counts);
    assertThat(Arrays.stream(counts).sum()).isEqualTo(5 + 6 + 7 + 8 + 66);
  }

  @Test
  void tableArgumentsAreChecked() {
    int[] codes = {0, 1};
    assertThatThrownBy(() -> ArrayKernels.countPairs(codes, codes, 0, 2, 0, new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be at least 1, but is 0");
    assertThatThrownBy(() -> ArrayKernels.countPairs(codes, codes, 0, 2, 3, new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts has length 4 but k*k = 9");
    assertThatThrownBy(() -> ArrayKernels.countPairs(codes, new int[3], 0, 2, 2, new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual and predicted lengths differ: 2 != 3");
    assertThatThrownBy(() -> ArrayKernels.countPairs(codes, codes, 0, 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be null");
  }
}
