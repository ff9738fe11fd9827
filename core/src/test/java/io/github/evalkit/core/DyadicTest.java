package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The exact reference itself agrees with BigDecimal on every kind of double. */
class DyadicTest {

  @Test
  void agreesWithBigDecimal() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(100)
        .forAll(EdgeCases.finiteCases())
        .checkAssert(
            c -> {
              for (int i = 0; i < Math.min(c.length(), 8); i++) {
                double x = c.a[i];
                double y = c.b[i];
                BigDecimal bx = new BigDecimal(x);
                BigDecimal by = new BigDecimal(y);
                Dyadic dx = Dyadic.of(x);
                Dyadic dy = Dyadic.of(y);
                assertThat(dx.toBigDecimal()).isEqualByComparingTo(bx);
                assertThat(dx.subtract(dy).toBigDecimal()).isEqualByComparingTo(bx.subtract(by));
                assertThat(dx.multiply(dy).abs().toBigDecimal())
                    .isEqualByComparingTo(bx.multiply(by).abs());
                assertThat(dx.compareTo(dy)).isEqualTo(bx.compareTo(by));
                assertThat(dx.approximate()).isEqualTo(x);
              }
            });
  }
}
