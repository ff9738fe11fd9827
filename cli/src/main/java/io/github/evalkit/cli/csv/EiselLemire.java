package io.github.evalkit.cli.csv;

import java.math.BigInteger;

/**
 * Converts {@code significand × 10^exponent} to the nearest double with the Eisel-Lemire algorithm
 * (D. Lemire, "Number Parsing at a Gigabyte per Second", 2021, as in the fast_float library): one
 * or two 64×64-bit multiplications by a 128-bit approximation of the power of five. It handles the
 * 17-digit values that floating-point writers print (which the exact-double fast path cannot), and
 * gives up, returning NaN, where the approximation cannot decide or the result is not a normal
 * finite double; the caller then falls back to {@link Double#parseDouble}.
 *
 * <p>The 128-bit powers of five are computed on first use, per exponent, so start-up pays only for
 * the exponents a file uses. Thread-safe: a racing computation stores an equal value.
 */
final class EiselLemire {

  private static final int SMALLEST_POWER = -342;
  private static final int LARGEST_POWER = 308;

  /** Per exponent: the normalised 128-bit power of five, or null until first used. */
  private static final Power[] POWERS = new Power[LARGEST_POWER - SMALLEST_POWER + 1];

  /** The high and low 64 bits of a 128-bit power of five (final fields: safely published). */
  private record Power(long high, long low) {}

  private EiselLemire() {}

  /**
   * The double nearest to {@code significand × 10^exponent}, ties to even.
   *
   * @param significand the decimal significand, exact, positive (at most 19 digits)
   * @param exponent the power of ten
   * @param negative whether to negate the result
   * @return the correctly rounded value, or NaN when this method cannot decide it (subnormal,
   *     overflow, or an ambiguous approximation): then use an exact method
   */
  static double toDouble(long significand, int exponent, boolean negative) {
    if (significand <= 0 || exponent < SMALLEST_POWER || exponent > LARGEST_POWER) {
      return Double.NaN;
    }
    Power five = POWERS[exponent - SMALLEST_POWER];
    if (five == null) {
      five = powerOfFive(exponent);
      POWERS[exponent - SMALLEST_POWER] = five;
    }
    long high5 = five.high;
    int lz = Long.numberOfLeadingZeros(significand);
    long w = significand << lz;
    long high = unsignedMultiplyHigh(w, high5);
    long low = w * high5;
    // Precision mask for 53 + 3 bits: the low 9 bits of the high word. When they are all ones,
    // the truncated tail of the power of five may carry into them: use its next 64 bits too.
    if ((high & 0x1FF) == 0x1FF) {
      long secondHigh = unsignedMultiplyHigh(w, five.low);
      long sum = low + secondHigh;
      if (Long.compareUnsigned(sum, low) < 0) {
        high++;
      }
      low = sum;
      if (low == -1L) {
        return Double.NaN; // possibly still undecided (the paper's fallback condition): be exact
      }
    }
    int upperBit = (int) (high >>> 63);
    int shift = upperBit + 9;
    long mantissa = high >>> shift;
    // The binary exponent: floor(log2(10^exponent)) + 63, plus the double's bias of 1023.
    int power2 = (int) ((((152170L + 65536L) * exponent) >> 16) + 63) + upperBit - lz + 1023;
    if (power2 <= 0) {
      return Double.NaN; // subnormal or zero: rare in data, left to the exact method
    }
    // An exact halfway case (possible only for these exponents): round to even.
    if (Long.compareUnsigned(low, 1) <= 0
        && exponent >= -4
        && exponent <= 23
        && (mantissa & 3) == 1
        && (mantissa << shift) == high) {
      mantissa &= ~1L;
    }
    mantissa += mantissa & 1;
    mantissa >>>= 1;
    if (mantissa >= (2L << 52)) {
      mantissa = 1L << 52;
      power2++;
    }
    mantissa &= ~(1L << 52);
    if (power2 >= 0x7FF) {
      return Double.NaN; // overflow: the caller reports it
    }
    long bits = mantissa | ((long) power2 << 52) | (negative ? 1L << 63 : 0);
    return Double.longBitsToDouble(bits);
  }

  /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18+). */
  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  /** The 128-bit power of five of an exponent, as fast_float's table generator computes it. */
  private static Power powerOfFive(int exponent) {
    BigInteger power;
    if (exponent >= 0) {
      power = BigInteger.valueOf(5).pow(exponent);
      // Normalise to exactly 128 bits (most significant bit set), truncating.
      power = shiftTo128Bits(power);
    } else {
      BigInteger five = BigInteger.valueOf(5).pow(-exponent);
      int z = five.subtract(BigInteger.ONE).bitLength(); // ceil(log2(5^-exponent))
      if (exponent >= -27) {
        power = BigInteger.ONE.shiftLeft(z + 127).divide(five).add(BigInteger.ONE);
      } else {
        power = BigInteger.ONE.shiftLeft(2 * z + 128).divide(five).add(BigInteger.ONE);
        power = power.shiftRight(Math.max(0, power.bitLength() - 128));
      }
    }
    return new Power(power.shiftRight(64).longValue(), power.longValue());
  }

  private static BigInteger shiftTo128Bits(BigInteger value) {
    int excess = value.bitLength() - 128;
    return excess >= 0 ? value.shiftRight(excess) : value.shiftLeft(-excess);
  }
}
