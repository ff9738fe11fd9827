package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.evalkit.core.internal.KernelSupport;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every summing kernel of both providers against the exact sum ({@link Dyadic}, exact binary
 * arithmetic checked against {@link java.math.BigDecimal} in {@link DyadicTest}): sums of
 * non-negative terms within 1e-15 relative, signed sums within 2·eps·Σ|xᵢ|, and the plain IEEE 754
 * result (NaN or ±∞) when a term is not finite.
 */
class KernelAccuracyTest {

  static Stream<Arguments> providersAndKernels() {
    return Providers.both()
        .flatMap(p -> Stream.of(SummingKernel.values()).map(k -> Arguments.of(p, k)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("providersAndKernels")
  void sumsAreWithinTheDocumentedBoundOfTheExactSum(KernelSupport provider, SummingKernel kernel) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXACT_EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              double actual = kernel.run(provider, c);
              if (kernel.hasNonFiniteTerm(c)) {
                ExactSums.assertSameValue(actual, kernel.plainSum(c), kernel + " on " + c);
              } else {
                ExactSums.assertWithin(
                    actual,
                    ExactSums.of(c.from, c.to, i -> kernel.exactTerm(c, i)),
                    kernel.relativeBound(),
                    c.count(),
                    kernel + " on " + c);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void countOfNonNaNValuesIsExact(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              double[] out = new double[2];
              provider.sumAndCountIgnoringNaN(c.a, c.from, c.to, out);
              long expected =
                  java.util.stream.IntStream.range(c.from, c.to)
                      .filter(i -> !Double.isNaN(c.a[i]))
                      .count();
              assertThat(out[1]).as("%s", c).isEqualTo((double) expected);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void maxAbsoluteDifferenceIsTheLargestRoundedDifference(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              double expected = 0;
              for (int i = c.from; i < c.to; i++) {
                expected = Math.max(expected, Math.abs(c.a[i] - c.b[i]));
              }
              ExactSums.assertSameValue(
                  provider.maxAbsoluteDifference(c.a, c.b, c.from, c.to), expected, c);
              double[] out = new double[ArrayKernels.ERROR_MOMENTS_LENGTH];
              provider.errorMoments(c.a, c.b, c.from, c.to, out);
              ExactSums.assertSameValue(out[ArrayKernels.MAX_ABSOLUTE], expected, c);
            });
  }
}
