package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompensatedSumTest {

  @Test
  void emptySumIsZero() {
    assertThat(new CompensatedSum().value()).isZero();
  }

  @Test
  void keepsWhatAPlainSumLoses() {
    // 1e16 + 1 + 1 - 1e16: a plain left-to-right sum gives 0 (each +1 is rounded away).
    CompensatedSum s = new CompensatedSum();
    for (double x : new double[] {1e16, 1, 1, -1e16}) {
      s.add(x);
    }
    assertThat(s.value()).isEqualTo(2.0);
  }

  @Test
  void itsTwoPartsHoldMoreThanOneDouble() {
    // 1e16 + 1: the high part rounds the 1 away (ulp(1e16) = 2); the low part keeps it exactly.
    CompensatedSum s = new CompensatedSum();
    s.add(1e16);
    s.add(1);
    assertThat(new BigDecimal(s.high()).add(new BigDecimal(s.low())))
        .isEqualByComparingTo(new BigDecimal("10000000000000001"));
    assertThat(s.value()).isEqualTo(1e16); // one double cannot hold it
  }

  @Test
  void nonFiniteAddendsGiveThePlainIeeeSum() {
    CompensatedSum inf = new CompensatedSum();
    inf.add(Double.POSITIVE_INFINITY);
    inf.add(1);
    assertThat(inf.value()).isEqualTo(Double.POSITIVE_INFINITY);
    CompensatedSum nan = new CompensatedSum();
    nan.add(1);
    nan.add(Double.NaN);
    assertThat(nan.value()).isNaN();
  }

  @Test
  void matchesExactSumAndMergedSplitsMatchOnePass() {
    qt().withFixedSeed(20261125L)
        .forAll(integers().between(0, 400), integers().between(0, 400), integers().allPositive())
        .checkAssert(
            (n, split, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] x = new double[n];
              for (int i = 0; i < n; i++) {
                // Mixed signs and magnitudes, with a large common offset that cancels.
                x[i] = (random.nextBoolean() ? 1e9 : -1e9) + random.nextDouble(-1, 1);
              }
              int cut = Math.min(split, n);
              CompensatedSum whole = new CompensatedSum();
              CompensatedSum left = new CompensatedSum();
              CompensatedSum right = new CompensatedSum();
              BigDecimal exact = BigDecimal.ZERO;
              for (int i = 0; i < n; i++) {
                whole.add(x[i]);
                (i < cut ? left : right).add(x[i]);
                exact = exact.add(new BigDecimal(x[i]));
              }
              CompensatedSum before = left.copy();
              left.add(right);
              double reference = exact.doubleValue(); // correctly rounded
              // Sum2 bound: |error| <= eps * |sum| + gamma(n-1)^2 * sum |x| (tiny here).
              double tolerance = Math.ulp(reference) + 1e-20 * n * 1e9;
              assertThat(whole.value())
                  .isCloseTo(reference, org.assertj.core.data.Offset.offset(tolerance));
              assertThat(left.value())
                  .isCloseTo(reference, org.assertj.core.data.Offset.offset(tolerance));
              // copy() is independent of later additions
              CompensatedSum again = new CompensatedSum();
              for (int i = 0; i < cut; i++) {
                again.add(x[i]);
              }
              assertThat(before.value()).isEqualTo(again.value());
            });
  }
}
