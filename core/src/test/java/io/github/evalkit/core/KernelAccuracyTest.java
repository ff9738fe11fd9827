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
              // A non-finite term, or finite terms whose sum overflowed: the plain loop's answer.
              if (kernel.hasNonFiniteTerm(c) || !Double.isFinite(actual)) {
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

  /**
   * Finite values in ±[MAX/4, MAX], whose sums overflow: where the plain loop's sum is not finite,
   * the kernel gives it bit for bit, unless its own order of additions stayed finite, and then it
   * is within the bound of the exact sum. Most cases must reach the plain-sum fallback.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("providersAndKernels")
  void overflowingFiniteTermsGiveThePlainSum(KernelSupport provider, SummingKernel kernel) {
    int[] fallbacks = new int[1];
    int[] overflows = new int[1];
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXACT_EXAMPLES)
        .forAll(EdgeCases.cases(EdgeCases.Flavour.OVERFLOWING))
        .checkAssert(
            c -> {
              double actual = kernel.run(provider, c);
              double plain = kernel.plainSum(c);
              if (Double.isFinite(plain)) {
                return; // the general property covers finite sums
              }
              overflows[0]++;
              if (Double.isFinite(actual) && !kernel.hasNonFiniteTerm(c)) {
                ExactSums.assertWithin(
                    actual,
                    ExactSums.of(c.from, c.to, i -> kernel.exactTerm(c, i)),
                    kernel.relativeBound(),
                    c.count(),
                    kernel + " on " + c);
              } else {
                ExactSums.assertSameValue(actual, plain, kernel + " on " + c);
                fallbacks[0]++;
              }
            });
    assertThat(overflows[0]).as("cases whose plain sum overflows").isGreaterThan(100);
    assertThat(fallbacks[0]).as("cases that reach the plain sum").isGreaterThan(overflows[0] / 2);
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
