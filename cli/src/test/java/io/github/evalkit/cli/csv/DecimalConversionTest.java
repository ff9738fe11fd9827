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

/** The parser's numbers are correctly rounded, checked against BigDecimal's exact conversion. */
class DecimalConversionTest {

  /** The independent reference: BigDecimal's conversion is correctly rounded, ties to even. */
  private static void assertCorrectlyRounded(long significand, int exponent) {
    BigDecimal decimal = new BigDecimal(BigInteger.valueOf(significand), -exponent);
    double exact = decimal.doubleValue();
    String text = decimal.toString(); // e.g. 1.2345E-7: within the CLI's grammar
    double parsed = DecimalParser.parse(text);
    if (Double.isInfinite(exact)) {
      assertThat(parsed).as(text).isNaN(); // overflow is not a number
    } else {
      assertThat(parsed).as(text).isEqualTo(exact);
      assertThat(DecimalParser.parse("-" + text)).as("-" + text).isEqualTo(-exact);
    }
  }

  @Test
  void seventeenDigitSignificandsOverTheWholeExponentRange() {
    qt().withFixedSeed(1125L)
        .withExamples(50_000)
        .forAll(
            longs().between(10_000_000_000_000_000L, 99_999_999_999_999_999L),
            integers().between(-360, 320))
        .checkAssert(DecimalConversionTest::assertCorrectlyRounded);
  }

  @Test
  void anySignificandUpToEighteenDigitsNearTheExactHalfwayExponents() {
    // Exponents -4..23 are where a decimal can lie exactly halfway between two doubles.
    qt().withFixedSeed(1126L)
        .withExamples(50_000)
        .forAll(longs().between(1, 999_999_999_999_999_999L), integers().between(-6, 25))
        .checkAssert(DecimalConversionTest::assertCorrectlyRounded);
  }

  @Test
  void oddSignificandsJustAboveTwoToThe53AreTiesRoundedToEven() {
    // 2^53 + k for odd k lies exactly halfway between two doubles (their spacing there is 2).
    qt().withFixedSeed(1127L)
        .withExamples(10_000)
        .forAll(longs().between(0, 1L << 20))
        .checkAssert(k -> assertCorrectlyRounded((1L << 53) + 2 * k + 1, 0));
  }

  @Test
  void theShortestTextOfEveryDoubleRoundTrips() {
    // What writers print: the shortest round-trip text, subnormals included.
    qt().withFixedSeed(1128L)
        .withExamples(20_000)
        .forAll(doubles().between(Double.MIN_VALUE, Double.MAX_VALUE))
        .checkAssert(d -> assertThat(DecimalParser.parse(Double.toString(d))).isEqualTo(d));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9007199254740993", // 2^53 + 1: a tie, to even (2^53)
        "9007199254740995", // 2^53 + 3: a tie, to even (2^53 + 4)
        "0.1",
        "17976931348623157e292", // Double.MAX_VALUE
        "22250738585072014e-324", // Double.MIN_NORMAL
        "4.9e-324", // the smallest subnormal
        "2.4703282292062328e-324", // just above half the smallest subnormal: rounds up to it
        "1e308",
        "1e-342", // underflows to zero
        "123456789012345678",
        "1234567890123456789012345678901234567890", // more digits than a long holds
        "0.30000000000000000000000000000000000001"
      })
  void edgeCasesMatchDoubleParseDouble(String text) {
    assertThat(DecimalParser.parse(text)).isEqualTo(Double.parseDouble(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17976931348623159e292", "1e309", "-1e999"})
  void overflowIsNotANumber(String text) {
    assertThat(DecimalParser.parse(text)).isNaN();
  }
}
