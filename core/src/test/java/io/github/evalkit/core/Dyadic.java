package io.github.evalkit.core;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact dyadic rational m·2ᵉ: every finite double is one, and sums, differences and products of
 * them are computed without rounding. This is the exact reference of the accuracy properties; it is
 * {@link BigDecimal} arithmetic in base 2, which avoids the hundreds of decimal digits that {@code
 * new BigDecimal(subnormal)} carries and keeps the properties fast.
 */
final class Dyadic {

  static final Dyadic ZERO = new Dyadic(BigInteger.ZERO, 0);

  final BigInteger mantissa;
  final int exponent;

  private Dyadic(BigInteger mantissa, int exponent) {
    this.mantissa = mantissa;
    this.exponent = exponent;
  }

  /** The exact value of a finite double. */
  static Dyadic of(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not finite: " + x);
    }
    if (x == 0) {
      return ZERO;
    }
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long significand = bits & ((1L << 52) - 1);
    if (biased == 0) {
      biased = 1; // subnormal: no implicit bit
    } else {
      significand |= 1L << 52;
    }
    BigInteger m = BigInteger.valueOf(x < 0 ? -significand : significand);
    return new Dyadic(m, biased - 1075);
  }

  Dyadic add(Dyadic o) {
    if (mantissa.signum() == 0) {
      return o;
    }
    if (o.mantissa.signum() == 0) {
      return this;
    }
    int e = Math.min(exponent, o.exponent);
    BigInteger m = mantissa.shiftLeft(exponent - e).add(o.mantissa.shiftLeft(o.exponent - e));
    return new Dyadic(m, e);
  }

  Dyadic subtract(Dyadic o) {
    return add(o.negate());
  }

  Dyadic negate() {
    return new Dyadic(mantissa.negate(), exponent);
  }

  Dyadic abs() {
    return mantissa.signum() < 0 ? negate() : this;
  }

  Dyadic multiply(Dyadic o) {
    return new Dyadic(mantissa.multiply(o.mantissa), exponent + o.exponent);
  }

  int signum() {
    return mantissa.signum();
  }

  int compareTo(Dyadic o) {
    return subtract(o).signum();
  }

  /** The value as an exact BigDecimal, for messages and cross-checks. */
  BigDecimal toBigDecimal() {
    BigDecimal m = new BigDecimal(mantissa);
    return exponent >= 0
        ? m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)))
        : m.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)));
  }

  /** The nearest double (approximately, for messages). */
  double approximate() {
    int drop = Math.max(0, mantissa.bitLength() - 62);
    return Math.scalb(mantissa.shiftRight(drop).doubleValue(), exponent + drop);
  }
}
