package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "+1",
        "-2.5",
        "1.",
        ".5",
        "3e-4",
        "4.8E1",
        " 7 ",
        "\t7\t",
        "0",
        "-0",
        "1e-400",
        "123456789012345678901234567890",
        "0.1",
        "1e22",
        "1e23",
        "9007199254740993",
        "1E+3"
      })
  void acceptsTheContractsDecimalsExactlyAsJavaRoundsThem(String text) {
    // The grammar is strict, but the value is Java's correctly rounded parse of the same text.
    assertThat(DecimalParser.parse(text)).isEqualTo(Double.parseDouble(text.strip()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t",
        "+",
        "-",
        ".",
        "e5",
        "1e",
        "1e+",
        "0x10",
        "0x1p3",
        "1d",
        "1f",
        "1D",
        "inf",
        "-inf",
        "Infinity",
        "-Infinity",
        "NaN",
        "nan",
        "1e999",
        "-1e999",
        "1,5",
        "1 5",
        "--1",
        "1.2.3",
        "1e5.5",
        "\u00a01",
        "１",
        "1_000",
        "abc"
      })
  void rejectsEverythingElse(String text) {
    assertThat(DecimalParser.parse(text)).isNaN();
  }

  @Test
  void keepsTheSignOfZero() {
    assertThat(Double.doubleToRawLongBits(DecimalParser.parse("-0.0")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void roundTripsEveryDoublesShortestText() {
    qt().withFixedSeed(20261124L)
        .withExamples(20_000)
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(d -> assertThat(DecimalParser.parse(Double.toString(d))).isEqualTo(d));
  }

  @Test
  void agreesWithBigDecimalRoundingOnPlainDecimals() {
    qt().withFixedSeed(42L)
        .withExamples(20_000)
        .forAll(longs().all(), integers().between(-30, 30))
        .checkAssert(
            (unscaled, scale) -> {
              String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
              // BigDecimal.doubleValue is correctly rounded, an independent reference.
              assertThat(DecimalParser.parse(text)).isEqualTo(new BigDecimal(text).doubleValue());
            });
  }
}
