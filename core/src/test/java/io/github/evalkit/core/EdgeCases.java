package io.github.evalkit.core;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The one place where test inputs for the kernels are generated. Each {@link Case} has arrays of a
 * length in 0..300 (every vector tail for up to 16 lanes and 4-way unrolling) or one of the awkward
 * lengths 511, 1023, 1025, 4097, a range {@code [from, to)} that often starts after 0 and ends
 * before the end, and values of one {@link Flavour}: NaN (with several payloads), ±0, subnormals,
 * magnitudes near 1e300 whose products overflow, finite values whose sums overflow, values near
 * 1e9, ties.
 */
final class EdgeCases {

  /** Seed for every property in the core suite, so failures reproduce. */
  static final long SEED = 20_261_124L;

  /** Examples per property: enough to hit every flavour at many lengths, quick to run. */
  static final int EXAMPLES = 400;

  /** Examples for properties checked against exact BigDecimal sums, which cost more per case. */
  static final int EXACT_EXAMPLES = 200;

  static final int[] AWKWARD_LENGTHS = {511, 1023, 1025, 4097};

  private EdgeCases() {}

  /** What the values of a case look like. */
  enum Flavour {
    /** Uniform in [−1000, 1000). */
    UNIFORM,
    /** 1e9 plus a small offset: cancellation in differences, large sums. */
    NEAR_1E9,
    /** Uniform with about 15% NaN. */
    WITH_NAN,
    /** Only +0.0, −0.0 and a few ±1. */
    SIGNED_ZEROS,
    /** Subnormal magnitudes (products underflow), with some ±0. */
    SUBNORMAL,
    /** ±1e300-ish mixed with ordinary values: squares overflow, sums stay finite. */
    HUGE,
    /** ±[MAX/4, MAX]: finite values whose sums overflow, mostly, so kernels fall back. */
    OVERFLOWING,
    /** Small integers in [−3, 3]: many ties and exact cancellations. */
    TIES,
    /** Uniform with the odd ±∞ and NaN. */
    NON_FINITE,
    /** Every element from a random flavour. */
    MIXED
  }

  /**
   * One generated input: three arrays of the same length (values, second values, non-negative
   * weights) and a range. {@link #toString()} names how to rebuild it.
   */
  static final class Case {
    final long seed;
    final Flavour flavour;
    final int from;
    final int to;
    final double[] a;
    final double[] b;
    final double[] w;

    Case(long seed, Flavour flavour, int length, int from, int to) {
      this.seed = seed;
      this.flavour = flavour;
      this.from = from;
      this.to = to;
      SplittableRandom random = new SplittableRandom(seed);
      this.a = values(random, flavour, length);
      this.b = values(random, flavour, length);
      this.w = new double[length];
      for (int i = 0; i < length; i++) {
        // Non-negative weights, with ties and zeros.
        w[i] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextDouble(0, 2);
      }
    }

    int length() {
      return a.length;
    }

    int count() {
      return to - from;
    }

    @Override
    public String toString() {
      return "Case[seed="
          + seed
          + ", flavour="
          + flavour
          + ", length="
          + a.length
          + ", range=["
          + from
          + ", "
          + to
          + "), a starts "
          + Arrays.toString(Arrays.copyOf(a, Math.min(6, a.length)))
          + "]";
    }
  }

  /** Cases of every flavour, length and offset. */
  static Gen<Case> cases() {
    return cases(Flavour.values());
  }

  /** Cases of the given flavours, of every length and offset. */
  static Gen<Case> cases(Flavour... flavours) {
    Gen<Case> gen =
        in -> {
          int lengthChoice = (int) in.next(Constraint.between(0, 340));
          int length =
              lengthChoice <= 300
                  ? lengthChoice
                  : AWKWARD_LENGTHS[(lengthChoice - 301) % AWKWARD_LENGTHS.length];
          Flavour flavour = flavours[(int) in.next(Constraint.between(0, flavours.length - 1))];
          int fromChoice = (int) in.next(Constraint.between(0, 9));
          int trim = (int) in.next(Constraint.between(0, 9));
          long seed = in.next(Constraint.none());
          // Half the cases cover the whole array, the rest start after 0 and/or stop early.
          int from = fromChoice < 5 ? 0 : Math.min(length, fromChoice - 4);
          int to = trim < 5 ? length : Math.max(from, length - (trim - 4));
          return new Case(seed, flavour, length, from, to);
        };
    return gen.describedAs(Case::toString);
  }

  /** Cases whose values are all finite. */
  static Gen<Case> finiteCases() {
    return cases().assuming(c -> allFinite(c.a) && allFinite(c.b));
  }

  static boolean allFinite(double[] x) {
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  static double[] values(SplittableRandom random, Flavour flavour, int length) {
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      x[i] = value(random, flavour);
    }
    return x;
  }

  private static double value(SplittableRandom random, Flavour flavour) {
    switch (flavour) {
      case UNIFORM:
        return random.nextDouble(-1000, 1000);
      case NEAR_1E9:
        return 1e9 + random.nextDouble(-1000, 1000);
      case WITH_NAN:
        return random.nextInt(100) < 15 ? nan(random) : random.nextDouble(-1000, 1000);
      case SIGNED_ZEROS:
        {
          int r = random.nextInt(10);
          return r < 4 ? 0.0 : r < 8 ? -0.0 : r == 8 ? 1.0 : -1.0;
        }
      case SUBNORMAL:
        {
          int r = random.nextInt(10);
          if (r == 0) {
            return random.nextBoolean() ? 0.0 : -0.0;
          }
          double m = random.nextDouble(0, Double.MIN_NORMAL);
          return random.nextBoolean() ? m : -m;
        }
      case HUGE:
        {
          if (random.nextInt(4) == 0) {
            return random.nextDouble(-1000, 1000);
          }
          double m = random.nextDouble(1e299, 1e300);
          return random.nextBoolean() ? m : -m;
        }
      case OVERFLOWING:
        return overflowing(random);
      case TIES:
        return random.nextInt(7) - 3;
      case NON_FINITE:
        {
          int r = random.nextInt(50);
          return r == 0
              ? Double.POSITIVE_INFINITY
              : r == 1
                  ? Double.NEGATIVE_INFINITY
                  : r == 2 ? nan(random) : random.nextDouble(-10, 10);
        }
      case MIXED:
      default:
        {
          Flavour[] plain = Flavour.values();
          return value(random, plain[random.nextInt(plain.length - 1)]);
        }
    }
  }

  /**
   * NaN with different payloads and signs: the quiet NaN Java writes, its negative (what x86
   * arithmetic produces), signalling ones and the largest payloads. Kernels that test bits must
   * treat them all as NaN.
   */
  static final long[] NAN_BITS = {
    0x7ff8000000000000L,
    0xfff8000000000000L,
    0x7ff0000000000001L,
    0xfff0000000000001L,
    0x7ff8000000000001L,
    0x7fffffffffffffffL,
    0xffffffffffffffffL,
    0x7ff4000000000000L
  };

  /** One of {@link #NAN_BITS}. */
  static double nan(SplittableRandom random) {
    return Double.longBitsToDouble(NAN_BITS[random.nextInt(NAN_BITS.length)]);
  }

  /** A finite value in ±[MAX/4, MAX]: a few of them overflow a sum. */
  static double overflowing(SplittableRandom random) {
    double m = random.nextDouble(Double.MAX_VALUE / 4, Double.MAX_VALUE);
    return random.nextBoolean() ? m : -m;
  }

  /**
   * Class codes for pair counting: k in {1, 2, 3, 10}, codes in [0, k), and in about one case in
   * four a single code out of range (−1, k, a large value or {@link Integer#MIN_VALUE}) at a random
   * index, which may fall outside the range.
   */
  static final class Codes {
    final long seed;
    final int k;
    final int from;
    final int to;
    final int[] actual;
    final int[] predicted;

    Codes(long seed, int k, int length, int from, int to, boolean corrupt) {
      this.seed = seed;
      this.k = k;
      this.from = from;
      this.to = to;
      SplittableRandom random = new SplittableRandom(seed);
      actual = random.ints(length, 0, k).toArray();
      predicted = random.ints(length, 0, k).toArray();
      if (corrupt && length > 0) {
        int[] target = random.nextBoolean() ? actual : predicted;
        int[] bad = {-1, k, 1 << 20, Integer.MIN_VALUE};
        target[random.nextInt(length)] = bad[random.nextInt(bad.length)];
      }
    }

    @Override
    public String toString() {
      return "Codes[seed="
          + seed
          + ", k="
          + k
          + ", length="
          + actual.length
          + ", range=["
          + from
          + ", "
          + to
          + ")]";
    }
  }

  static Gen<Codes> codeCases() {
    int[] ks = {1, 2, 3, 10, 2, 2};
    Gen<Codes> gen =
        in -> {
          int lengthChoice = (int) in.next(Constraint.between(0, 340));
          int length =
              lengthChoice <= 300
                  ? lengthChoice
                  : AWKWARD_LENGTHS[(lengthChoice - 301) % AWKWARD_LENGTHS.length];
          int k = ks[(int) in.next(Constraint.between(0, ks.length - 1))];
          int fromChoice = (int) in.next(Constraint.between(0, 9));
          int trim = (int) in.next(Constraint.between(0, 9));
          boolean corrupt = in.next(Constraint.between(0, 3)) == 0;
          long seed = in.next(Constraint.none());
          int from = fromChoice < 5 ? 0 : Math.min(length, fromChoice - 4);
          int to = trim < 5 ? length : Math.max(from, length - (trim - 4));
          return new Codes(seed, k, length, from, to, corrupt);
        };
    return gen.describedAs(Codes::toString);
  }
}
