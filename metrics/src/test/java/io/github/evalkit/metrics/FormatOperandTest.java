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
  void largeNonIntegersAreScientificNotLookalikeIntegers() {
    // Six digits of 6664383.286 are 6664380, which would read as an exact integer.
    assertThat(Format.operand(6664383.286)).isEqualTo("6.66438e+06");
    assertThat(Format.operand(123456.7)).isEqualTo("1.23457e+05");
    assertThat(Format.operand(1.5e9)).isEqualTo("1500000000"); // an integer, exactly
    assertThat(Format.operand(1.23456789e12 + 0.5)).isEqualTo("1.23457e+12");
  }
}
