package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Operands in worked formulas never look more exact than they are. */
class FormatOperandTest {

  @Test
  void integersAreExactAndOtherValuesShowSixDigits() {
    assertThat(Format.operand(12.5)).isEqualTo("12.5");
    assertThat(Format.operand(1.0 / 3)).isEqualTo("0.333333");
    assertThat(Format.operand(99999.5)).isEqualTo("99999.5");
    assertThat(Format.operand(1e6)).isEqualTo("1000000");
    assertThat(Format.operand(0.0001)).isEqualTo("0.0001");
    assertThat(Format.operand(0.00001234)).isEqualTo("1.234e-05");
    assertThat(Format.operand(Double.NaN)).isEqualTo("undefined");
  }

  @Test
  void figuresThatFixedDecimalsWouldHideAreScientific() {
    assertThat(Format.figure(0.25, 3)).isEqualTo("0.250");
    assertThat(Format.figure(0.0006, 3)).isEqualTo("0.001"); // one digit still shows
    assertThat(Format.figure(1.4e-7 / 3, 3)).isEqualTo("4.667e-08");
    assertThat(Format.figure(-0.0004, 3)).isEqualTo("-4.000e-04");
    assertThat(Format.figure(0.0, 3)).isEqualTo("0.000");
    assertThat(Format.figure(123456789.25, 3)).isEqualTo("123456789.250");
    assertThat(Format.figure(1.5e300, 3)).isEqualTo("1.500e+300");
    assertThat(Format.figure(Double.NaN, 3)).isEqualTo("undefined");
    assertThat(Format.figure(Double.POSITIVE_INFINITY, 3)).isEqualTo("Infinity");
    assertThat(Format.figure(0.0004, 0)).isEqualTo("4e-04");
  }

  @Test
  void largeNonIntegersAreScientificNotLookalikeIntegers() {
    // Six digits of 6664383.286 are 6664380, which would read as an exact integer.
    assertThat(Format.operand(6664383.286)).isEqualTo("6.66438e+06");
    assertThat(Format.operand(123456.7)).isEqualTo("1.23457e+05");
    assertThat(Format.operand(1.5e9)).isEqualTo("1500000000"); // an integer, exactly
    assertThat(Format.operand(1.23456789e12 + 0.5)).isEqualTo("1.23457e+12");
  }

  @Test
  void moreDigitsShowDecimalsOnceTheyReachThem() {
    assertThat(Format.operand(736856.41234, 6)).isEqualTo("7.36856e+05");
    assertThat(Format.operand(736856.41234, 7)).isEqualTo("736856.4");
    assertThat(Format.operand(-0.000012345678, 8)).isEqualTo("-1.2345678e-05");
    double third = 1.0 / 3;
    assertThat(Double.parseDouble(Format.operand(third, 17))).isEqualTo(third);
  }

  @Test
  void workedOperandsTakeTheDigitsTheFormulaNeeds() {
    // 736856.41234/3 = 245618.80411...: six digits give 245618.667, ten 245618.80410; only all
    // eleven come within 5e-7.
    assertThat(Format.workedOperands(736856.41234 / 3, o -> o[0] / o[1], 736856.41234, 3))
        .containsExactly("736856.41234", "3");
    assertThat(Format.workedOperands(1.5 / 4, o -> o[0] / o[1], 1.5, 4))
        .containsExactly("1.5", "4");
    // Undefined: a division by zero stands for it, at six digits.
    assertThat(Format.workedOperands(Double.NaN, o -> 1 - o[0] / o[1], 1.0 / 3, 0))
        .containsExactly("0.333333", "0");
  }
}
