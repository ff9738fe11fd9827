package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompensatedSumTest {

  @Test
  void addingANullSumIsAnErrorNamingTheArgument() {
    CompensatedSum s = new CompensatedSum();
    s.add(2.5);
    assertThatThrownBy(() -> s.add((CompensatedSum) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must not be null");
    assertThat(s.value()).isEqualTo(2.5);
  }

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
  void mergingANonFiniteSumGivesThePlainIeeeSum() {
    CompensatedSum inf = new CompensatedSum();
    inf.add(Double.POSITIVE_INFINITY);
    CompensatedSum one = new CompensatedSum();
    one.add(1);
    one.add(inf);
    assertThat(one.value()).isEqualTo(Double.POSITIVE_INFINITY);

    CompensatedSum overflowed = new CompensatedSum();
    overflowed.add(Double.MAX_VALUE);
    overflowed.add(Double.MAX_VALUE);
    CompensatedSum other = new CompensatedSum();
    other.add(1);
    other.add(overflowed);
    assertThat(other.value()).isEqualTo(Double.POSITIVE_INFINITY);

    // Two finite halves whose plain sums overflow together.
    CompensatedSum max = new CompensatedSum();
    max.add(-Double.MAX_VALUE);
    CompensatedSum alsoMax = max.copy();
    alsoMax.add(max);
    assertThat(alsoMax.value()).isEqualTo(Double.NEGATIVE_INFINITY);

    CompensatedSum nan = new CompensatedSum();
    nan.add(Double.NaN);
    inf.add(nan);
    assertThat(inf.value()).isNaN();
    CompensatedSum negative = new CompensatedSum();
    negative.add(Double.NEGATIVE_INFINITY);
    one.add(negative);
    assertThat(one.value()).isNaN();
  }

  /**
   * Any split of arrays of NaN (with payloads), ±∞, subnormals, ±0, ordinary values and values in
   * ±[MAX/4, MAX] whose sums overflow: merging the right part into the left leaves the right part
   * as it was, and gives the one-pass sum, bit for bit when that is not finite. When finite values
   * overflow, the plain sums of the two parts are not those of the one pass (the one pass may
   * overflow where the parts do not, and the other way round), so there the merge is held to its
   * own promise: a finite value is within the bound of the exact sum, and a non-finite one is the
   * IEEE sum of the two plain sums, never a NaN made of a correction.
   */
  @Test
  void mergedEdgeCaseSplitsMatchOnePass() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(2000)
        .forAll(integers().between(0, 40), integers().between(0, 40), integers().allPositive())
        .checkAssert(
            (n, split, seed) -> {
              double[] x = edgeCaseValues(new SplittableRandom(seed), n);
              int cut = Math.min(split, n);
              CompensatedSum whole = new CompensatedSum();
              CompensatedSum left = new CompensatedSum();
              CompensatedSum right = new CompensatedSum();
              double finiteMagnitudes = 0;
              BigDecimal exact = BigDecimal.ZERO;
              for (int i = 0; i < n; i++) {
                whole.add(x[i]);
                (i < cut ? left : right).add(x[i]);
                if (Double.isFinite(x[i])) {
                  finiteMagnitudes += Math.abs(x[i]);
                  exact = exact.add(new BigDecimal(x[i]));
                }
              }
              String what = Arrays.toString(x) + " split at " + cut;
              CompensatedSum rightBefore = right.copy();
              double plainOfParts = left.high() + right.high();
              left.add(right);
              assertSameBits(right.high(), rightBefore.high(), "right high " + what);
              assertSameBits(right.low(), rightBefore.low(), "right low " + what);
              double merged = left.value();
              double bound = 2 * ExactSums.EPS * finiteMagnitudes;
              if (finiteMagnitudes <= Double.MAX_VALUE / 4) {
                // No order of additions can overflow: NaN and ±∞ come from the addends only.
                if (!Double.isFinite(whole.value())) {
                  assertSameBits(merged, whole.value(), what);
                } else {
                  assertThat(Math.abs(merged - whole.value())).as(what).isLessThanOrEqualTo(bound);
                }
              } else if (Double.isFinite(merged)) {
                assertThat(new BigDecimal(merged).subtract(exact).abs().doubleValue())
                    .as(what)
                    .isLessThanOrEqualTo(bound);
              } else {
                assertSameBits(merged, plainOfParts, what);
              }
            });
  }

  private static double[] edgeCaseValues(SplittableRandom random, int n) {
    // Each array draws from a few kinds of value, so that most arrays lack some of them.
    int kinds = random.nextInt(1, 1 << 6);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      int kind;
      do {
        kind = random.nextInt(6);
      } while ((kinds & (1 << kind)) == 0);
      switch (kind) {
        case 0:
          x[i] = EdgeCases.nan(random);
          break;
        case 1:
          x[i] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          break;
        case 2:
          x[i] = random.nextBoolean() ? Double.MIN_VALUE : -random.nextDouble(0, Double.MIN_NORMAL);
          break;
        case 3:
          x[i] = random.nextBoolean() ? 0.0 : -0.0;
          break;
        case 4:
          x[i] = random.nextDouble(-1000, 1000);
          break;
        default:
          x[i] = EdgeCases.overflowing(random);
      }
    }
    return x;
  }

  private static void assertSameBits(double actual, double expected, String what) {
    assertThat(Double.doubleToLongBits(actual))
        .as("%s: %s vs %s", what, actual, expected)
        .isEqualTo(Double.doubleToLongBits(expected));
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
