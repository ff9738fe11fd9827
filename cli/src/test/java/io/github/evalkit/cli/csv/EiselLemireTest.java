package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EiselLemireTest {

  /** The independent reference: BigDecimal's conversion is correctly rounded, ties to even. */
  private static double exact(long significand, int exponent) {
    return new BigDecimal(BigInteger.valueOf(significand), -exponent).doubleValue();
  }

  /** Either the exact value or "undecided": never a wrong double. */
  private static void assertExactOrUndecided(long significand, int exponent) {
    double value = EiselLemire.toDouble(significand, exponent, false);
    if (!Double.isNaN(value)) {
      assertThat(value).isEqualTo(exact(significand, exponent));
      assertThat(EiselLemire.toDouble(significand, exponent, true)).isEqualTo(-value);
    }
  }

  @Test
  void seventeenDigitSignificandsOverTheWholeExponentRange() {
    qt().withFixedSeed(1125L)
        .withExamples(50_000)
        .forAll(
            longs().between(10_000_000_000_000_000L, 99_999_999_999_999_999L),
            integers().between(-360, 320))
        .checkAssert(EiselLemireTest::assertExactOrUndecided);
  }

  @Test
  void anySignificandUpToEighteenDigitsNearTheExactHalfwayExponents() {
    // Exponents -4..23 are where a decimal can lie exactly halfway between two doubles.
    qt().withFixedSeed(1126L)
        .withExamples(50_000)
        .forAll(longs().between(1, 999_999_999_999_999_999L), integers().between(-6, 25))
        .checkAssert(EiselLemireTest::assertExactOrUndecided);
  }

  @Test
  void oddSignificandsJustAboveTwoToThe53AreTiesRoundedToEven() {
    // 2^53 + k for odd k lies exactly halfway between two doubles (their spacing there is 2).
    qt().withFixedSeed(1127L)
        .withExamples(10_000)
        .forAll(longs().between(0, 1L << 20))
        .checkAssert(
            k -> {
              long m = (1L << 53) + 2 * k + 1;
              assertThat(EiselLemire.toDouble(m, 0, false)).isEqualTo(exact(m, 0));
            });
  }

  @Test
  void decidesTheShortestTextOfNormalDoubles() {
    // What writers print: the shortest round-trip text. The fast method must handle nearly all.
    int[] undecided = new int[1];
    qt().withFixedSeed(1128L)
        .withExamples(20_000)
        .forAll(doubles().between(1e-300, 1e300))
        .checkAssert(
            d -> {
              BigDecimal text = new BigDecimal(Double.toString(d)).stripTrailingZeros();
              double value =
                  EiselLemire.toDouble(text.unscaledValue().longValueExact(), -text.scale(), false);
              if (Double.isNaN(value)) {
                undecided[0]++;
              } else {
                assertThat(value).isEqualTo(d);
              }
            });
    assertThat(undecided[0]).isLessThan(20);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9007199254740993", // 2^53 + 1: a tie, to even (2^53)
        "9007199254740995", // 2^53 + 3: a tie, to even (2^53 + 4)
        "0.1",
        "17976931348623157e292", // Double.MAX_VALUE
        "22250738585072014e-324", // Double.MIN_NORMAL
        "4.9e-324", // subnormal: undecided, left to the exact method
        "17976931348623159e292", // overflow: undecided
        "1e308",
        "1e-342",
        "123456789012345678"
      })
  void edgeCases(String text) {
    BigDecimal decimal = new BigDecimal(text);
    BigDecimal stripped = decimal.stripTrailingZeros();
    assertExactOrUndecided(stripped.unscaledValue().longValueExact(), -stripped.scale());
    // Through the parser, every one of them comes out exact (or is rejected as overflow).
    double parsed = DecimalParser.parse(text);
    double reference = Double.parseDouble(text);
    if (Double.isInfinite(reference)) {
      assertThat(parsed).isNaN();
    } else {
      assertThat(parsed).isEqualTo(reference);
    }
  }

  @Test
  void outOfRangeAndNonPositiveInputsAreUndecided() {
    assertThat(EiselLemire.toDouble(0, 0, false)).isNaN();
    assertThat(EiselLemire.toDouble(1, -343, false)).isNaN();
    assertThat(EiselLemire.toDouble(1, 309, false)).isNaN();
  }
}
