package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.evalkit.core.internal.KernelSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NaN counting, search, replacement and NaN-ignoring extrema, for both providers. */
class MissingValueKernelsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void countAndIndexOfNaNMatchAPlainScan(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              long count = IntStream.range(c.from, c.to).filter(i -> Double.isNaN(c.a[i])).count();
              int first =
                  IntStream.range(c.from, c.to)
                      .filter(i -> Double.isNaN(c.a[i]))
                      .findFirst()
                      .orElse(-1);
              assertThat(provider.countNaN(c.a, c.from, c.to)).as("%s", c).isEqualTo(count);
              assertThat(provider.indexOfNaN(c.a, c.from, c.to)).as("%s", c).isEqualTo(first);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void replaceNaNChangesOnlyMissingCellsOfTheRange(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              double[] src = c.a.clone();
              double[] dst = c.b.clone();
              int replaced = provider.replaceNaN(src, -0.0, dst, c.from, c.to);
              assertThat(src).as("source untouched").isEqualTo(c.a);
              int expected = 0;
              for (int i = 0; i < dst.length; i++) {
                double want = c.b[i];
                if (i >= c.from && i < c.to) {
                  boolean missing = Double.isNaN(c.a[i]);
                  expected += missing ? 1 : 0;
                  want = missing ? -0.0 : c.a[i];
                }
                assertThat(Double.doubleToRawLongBits(dst[i]))
                    .as("%s at %d", c, i)
                    .isEqualTo(Double.doubleToRawLongBits(want));
              }
              assertThat(replaced).isEqualTo(expected);
              // In place: dst = src.
              double[] inPlace = c.a.clone();
              assertThat(provider.replaceNaN(inPlace, 3.0, inPlace, c.from, c.to))
                  .isEqualTo(expected);
              assertThat(provider.countNaN(inPlace, c.from, c.to)).isZero();
            });
  }

  /**
   * Replacing NaN by NaN, as the imputers do to copy and count the missing cells in one pass:
   * values are copied bit for bit, missing cells stay NaN whatever their payload, and the count is
   * the number of NaN.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void replacingNaNByNaNCopiesAndCounts(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases(), integers().between(0, EdgeCases.NAN_BITS.length - 1))
        .checkAssert(
            (c, payload) -> {
              double fill = Double.longBitsToDouble(EdgeCases.NAN_BITS[payload]);
              double[] dst = c.b.clone();
              int replaced = provider.replaceNaN(c.a, fill, dst, c.from, c.to);
              assertThat(replaced).as("%s", c).isEqualTo(provider.countNaN(c.a, c.from, c.to));
              double[] inPlace = c.a.clone();
              assertThat(provider.replaceNaN(inPlace, fill, inPlace, c.from, c.to))
                  .isEqualTo(replaced);
              for (int i = 0; i < dst.length; i++) {
                boolean inRange = i >= c.from && i < c.to;
                double want = inRange ? c.a[i] : c.b[i];
                if (Double.isNaN(want)) {
                  assertThat(dst[i]).as("%s at %d", c, i).isNaN();
                } else {
                  assertThat(Double.doubleToRawLongBits(dst[i]))
                      .as("%s at %d", c, i)
                      .isEqualTo(Double.doubleToRawLongBits(want));
                }
                if (Double.isNaN(c.a[i])) {
                  assertThat(inPlace[i]).as("in place, %s at %d", c, i).isNaN();
                } else {
                  assertThat(Double.doubleToRawLongBits(inPlace[i]))
                      .as("in place, %s at %d", c, i)
                      .isEqualTo(Double.doubleToRawLongBits(c.a[i]));
                }
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void extremaIgnoreNaNAndOrderSignedZeros(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              // Double.compare orders -0.0 before 0.0, as the kernels promise.
              double[] present =
                  IntStream.range(c.from, c.to)
                      .mapToDouble(i -> c.a[i])
                      .filter(v -> !Double.isNaN(v))
                      .sorted()
                      .toArray();
              double min = present.length == 0 ? Double.NaN : present[0];
              double max = present.length == 0 ? Double.NaN : present[present.length - 1];
              assertThat(Double.doubleToLongBits(provider.minIgnoringNaN(c.a, c.from, c.to)))
                  .as("min of %s", c)
                  .isEqualTo(Double.doubleToLongBits(min));
              assertThat(Double.doubleToLongBits(provider.maxIgnoringNaN(c.a, c.from, c.to)))
                  .as("max of %s", c)
                  .isEqualTo(Double.doubleToLongBits(max));
            });
  }

  @Test
  void signedZerosAtEveryPosition() {
    // Long enough for the vector path; the -0.0/0.0 pair sits in the body and in the tail.
    for (int length : new int[] {3, 40, 77}) {
      for (int pos = 0; pos < length; pos++) {
        double[] x = new double[length];
        java.util.Arrays.fill(x, 0.0);
        x[pos] = -0.0;
        assertThat(Double.doubleToLongBits(ArrayKernels.minIgnoringNaN(x, 0, length)))
            .isEqualTo(Double.doubleToLongBits(-0.0));
        assertThat(Double.doubleToLongBits(ArrayKernels.maxIgnoringNaN(x, 0, length)))
            .isEqualTo(Double.doubleToLongBits(0.0));
        java.util.Arrays.fill(x, -0.0);
        x[pos] = 0.0;
        assertThat(Double.doubleToLongBits(ArrayKernels.maxIgnoringNaN(x, 0, length)))
            .isEqualTo(Double.doubleToLongBits(0.0));
        assertThat(Double.doubleToLongBits(ArrayKernels.minIgnoringNaN(x, 0, length)))
            .isEqualTo(Double.doubleToLongBits(-0.0));
      }
    }
  }

  @Test
  void allNaNOrEmptyHasNoExtremaAndInfinitiesCount() {
    double[] nan = new double[50];
    java.util.Arrays.fill(nan, Double.NaN);
    assertThat(ArrayKernels.minIgnoringNaN(nan, 0, 50)).isNaN();
    assertThat(ArrayKernels.maxIgnoringNaN(nan, 0, 50)).isNaN();
    assertThat(ArrayKernels.minIgnoringNaN(nan, 0, 0)).isNaN();
    nan[33] = Double.POSITIVE_INFINITY;
    assertThat(ArrayKernels.minIgnoringNaN(nan, 0, 50)).isEqualTo(Double.POSITIVE_INFINITY);
    nan[7] = Double.NEGATIVE_INFINITY;
    assertThat(ArrayKernels.maxIgnoringNaN(nan, 0, 50)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ArrayKernels.maxIgnoringNaN(nan, 0, 20)).isEqualTo(Double.NEGATIVE_INFINITY);
    double[] out = new double[2];
    ArrayKernels.sumAndCountIgnoringNaN(nan, 0, 50, out);
    // +inf + -inf is NaN, as IEEE 754 says; both count as values.
    assertThat(out[0]).isNaN();
    assertThat(out[1]).isEqualTo(2.0);
  }
}
