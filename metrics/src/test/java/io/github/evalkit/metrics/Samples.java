package io.github.evalkit.metrics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of test data that reach the edges: lengths around vector widths, values near 1e9 that
 * differ in their last digits, ties, subnormals, signed zeros, huge and tiny magnitudes, constant
 * actual values and perfect predictions. Every sample carries its seed and style in its
 * description, so a failure can be reproduced.
 */
final class Samples {

  private Samples() {}

  /** Lengths that hit the tails of 2-, 4- and 8-lane vector loops and of the 2048-pair blocks. */
  static final List<Integer> TAIL_LENGTHS =
      List.of(1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 1023, 2047, 2048, 2049, 4097);

  /** How the values of a sample are drawn. */
  enum Style {
    UNIT,
    OFFSET_1E9,
    TIES,
    SUBNORMAL,
    SIGNED_ZEROS,
    WIDE_MAGNITUDES,
    CONSTANT_ACTUAL,
    PERFECT
  }

  /** A regression sample; {@code weights} has positive sum. */
  record Pairs(double[] actual, double[] predicted, double[] weights, Style style, long seed) {
    int n() {
      return actual.length;
    }

    @Override
    public String toString() {
      return "Pairs[n=" + actual.length + ", style=" + style + ", seed=" + seed + "]";
    }
  }

  static Gen<Integer> lengths() {
    return Generate.pick(TAIL_LENGTHS).mix(integers().between(1, 300), 60);
  }

  static Gen<Pairs> pairs() {
    return lengths().zip(Generate.enumValues(Style.class), longs().all(), Samples::pairs);
  }

  static Gen<Pairs> pairs(Style style) {
    return lengths().zip(longs().all(), (n, seed) -> pairs(n, style, seed));
  }

  static Pairs pairs(int n, Style style, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] y = new double[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      switch (style) {
        case UNIT:
          y[i] = r.nextDouble(-10, 10);
          p[i] = y[i] + r.nextGaussian();
          break;
        case OFFSET_1E9:
          // 1e9 plus a few micro-units: ulp(1e9) is 1.19e-7, so these differ in their last digits.
          y[i] = 1e9 + r.nextInt(10_000) * 1e-6;
          p[i] = y[i] + (r.nextInt(201) - 100) * 1e-6;
          break;
        case TIES:
          y[i] = r.nextInt(4);
          p[i] = r.nextInt(4);
          break;
        case SUBNORMAL:
          y[i] = r.nextInt(-5, 6) * Double.MIN_VALUE;
          p[i] = r.nextInt(-5, 6) * Double.MIN_VALUE;
          break;
        case SIGNED_ZEROS:
          y[i] = pick(r, -0.0, 0.0, 1.0, -1.0);
          p[i] = pick(r, -0.0, 0.0, 1.0, -1.0);
          break;
        case WIDE_MAGNITUDES:
          y[i] = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-100, 100));
          p[i] = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-100, 100));
          break;
        case CONSTANT_ACTUAL:
          y[i] = 42.5;
          p[i] = r.nextDouble(40, 45);
          break;
        case PERFECT:
          y[i] = r.nextDouble(-1e3, 1e3);
          p[i] = y[i];
          break;
        default:
          throw new AssertionError(style);
      }
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = r.nextInt(5) == 0 ? 0.0 : r.nextDouble(0.1, 3);
    }
    if (Arrays.stream(w).allMatch(v -> v == 0)) {
      w[0] = 1.0;
    }
    return new Pairs(y, p, w, style, seed);
  }

  private static double pick(SplittableRandom r, double... values) {
    return values[r.nextInt(values.length)];
  }

  /** Relative closeness with a floor for values near zero. */
  static boolean close(double expected, double actual, double relative) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (expected == actual) {
      return true;
    }
    return Math.abs(expected - actual) <= relative * Math.max(Math.abs(expected), Math.abs(actual));
  }

  /** Label arrays over {@code k} labels named by {@code names}, with a skew. */
  static String[][] labels(int n, int k, long seed, boolean perfect) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] names = {"no", "yes", "maybe", "10", "9", "b", "a", "z"};
    String[] actual = new String[n];
    String[] predicted = new String[n];
    for (int i = 0; i < n; i++) {
      actual[i] = names[r.nextInt(3) == 0 ? 0 : r.nextInt(k)];
      predicted[i] = perfect ? actual[i] : names[r.nextInt(k)];
    }
    return new String[][] {actual, predicted};
  }
}
