package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.evalkit.core.internal.KernelSupport;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernels read their inputs and write only where documented: no kernel changes a, b or w (bit
 * for bit, NaN payloads included), and the kernels with an output array write only its first cells,
 * for both providers.
 */
class InputsUnchangedTest {

  /** Marks the cells of an output array a kernel must not write: a NaN no kernel produces. */
  private static final long SENTINEL = 0x7ff00000deadbeefL;

  private static final int SPARE = 3;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void noKernelChangesItsInputsOrWritesPastItsOutputs(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              long[] a = bits(c.a);
              long[] b = bits(c.b);
              long[] w = bits(c.w);
              int from = c.from;
              int to = c.to;
              provider.sumOfSquaredDifferences(c.a, c.b, from, to);
              provider.sum(c.a, from, to);
              provider.sumOfSquaresAbout(c.a, SummingKernel.shift(c), from, to);
              provider.sumOfAbsoluteDifferences(c.a, c.b, from, to);
              provider.weightedSumOfSquaredDifferences(c.a, c.b, c.w, from, to);
              provider.weightedSumOfAbsoluteDifferences(c.a, c.b, c.w, from, to);
              provider.weightedSum(c.a, c.w, from, to);
              provider.maxAbsoluteDifference(c.a, c.b, from, to);
              provider.countNaN(c.a, from, to);
              provider.indexOfNaN(c.a, from, to);
              provider.minIgnoringNaN(c.a, from, to);
              provider.maxIgnoringNaN(c.a, from, to);
              double[] dst = new double[c.length()];
              provider.replaceNaN(c.a, 1.5, dst, from, to);

              double[] moments = sentinels(ArrayKernels.ERROR_MOMENTS_LENGTH + SPARE);
              provider.errorMoments(c.a, c.b, from, to, moments);
              assertUnwritten(moments, ArrayKernels.ERROR_MOMENTS_LENGTH, "errorMoments " + c);
              double[] sumAndCount = sentinels(2 + SPARE);
              provider.sumAndCountIgnoringNaN(c.a, from, to, sumAndCount);
              assertUnwritten(sumAndCount, 2, "sumAndCountIgnoringNaN " + c);

              assertThat(bits(c.a)).as("a of %s", c).isEqualTo(a);
              assertThat(bits(c.b)).as("b of %s", c).isEqualTo(b);
              assertThat(bits(c.w)).as("w of %s", c).isEqualTo(w);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void pairCountingLeavesTheCodesAlone(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.codeCases())
        .checkAssert(
            c -> {
              int[] actual = c.actual.clone();
              int[] predicted = c.predicted.clone();
              provider.countPairs(c.actual, c.predicted, c.from, c.to, c.k, new long[c.k * c.k]);
              assertThat(c.actual).as("actual of %s", c).isEqualTo(actual);
              assertThat(c.predicted).as("predicted of %s", c).isEqualTo(predicted);
            });
  }

  private static long[] bits(double[] x) {
    return Arrays.stream(x).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  private static double[] sentinels(int length) {
    double[] out = new double[length];
    Arrays.fill(out, Double.longBitsToDouble(SENTINEL));
    return out;
  }

  private static void assertUnwritten(double[] out, int written, String what) {
    for (int i = written; i < out.length; i++) {
      assertThat(Double.doubleToRawLongBits(out[i])).as("%s: out[%d]", what, i).isEqualTo(SENTINEL);
    }
  }
}
