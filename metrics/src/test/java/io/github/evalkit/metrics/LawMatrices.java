package io.github.evalkit.metrics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Confusion matrices for the classification laws, built from counts so that they reach what label
 * data cannot: labels with neither support nor predictions, labels only predicted or only actual,
 * one label everywhere ({@code p_e = 1}), single rows, and large counts.
 */
final class LawMatrices {

  private LawMatrices() {}

  /** Label names in an order that is neither numeric nor textual, so that code order matters. */
  static final List<String> NAMES = List.of("yes", "no", "10", "9", "maybe", "a", "-1", "Z");

  /** What a label is allowed to have. */
  private enum Role {
    BOTH,
    NO_SUPPORT,
    NEVER_PREDICTED,
    ABSENT
  }

  /** A matrix with every zero-division policy reachable; the policy is chosen too. */
  static Gen<ConfusionMatrix> matrices() {
    return integers()
        .between(1, 8)
        .zip(
            longs().all(),
            Generate.enumValues(ZeroDivision.class),
            (k, seed, policy) -> matrix(k, seed).withZeroDivision(policy))
        .describedAs(LawMatrices::describe);
  }

  /** The same double, NaN included (AssertJ compares primitive NaNs with {@code ==}). */
  static void assertSameValue(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      org.assertj.core.api.Assertions.assertThat(actual).as(what).isNaN();
    } else {
      org.assertj.core.api.Assertions.assertThat(actual).as(what).isEqualTo(expected);
    }
  }

  static String describe(ConfusionMatrix m) {
    return m.labels() + " " + Arrays.deepToString(m.toArray()) + " " + m.zeroDivision();
  }

  static ConfusionMatrix matrix(int k, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> labels = new ArrayList<>(NAMES.subList(0, k));
    long[][] counts = new long[k][k];
    int shape = r.nextInt(6);
    if (shape == 0) {
      // One label everywhere: p_e = 1.
      int c = r.nextInt(k);
      counts[c][c] = 1 + r.nextInt(pickBound(r));
      return ConfusionMatrix.fromCounts(counts, labels);
    }
    Role[] roles = new Role[k];
    for (int c = 0; c < k; c++) {
      roles[c] = r.nextInt(3) == 0 ? Role.values()[r.nextInt(4)] : Role.BOTH;
    }
    int bound = pickBound(r);
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        boolean rowAllowed = roles[a] == Role.BOTH || roles[a] == Role.NEVER_PREDICTED;
        boolean columnAllowed = roles[p] == Role.BOTH || roles[p] == Role.NO_SUPPORT;
        if (rowAllowed && columnAllowed && r.nextInt(4) != 0) {
          counts[a][p] = r.nextInt(bound + 1);
        }
      }
    }
    if (Arrays.stream(counts).flatMapToLong(Arrays::stream).allMatch(v -> v == 0)) {
      counts[r.nextInt(k)][r.nextInt(k)] = 1;
    }
    return ConfusionMatrix.fromCounts(counts, labels);
  }

  private static int pickBound(SplittableRandom r) {
    return new int[] {1, 2, 3, 7, 8, 9, 100, 2047, 2048, 2049}[r.nextInt(10)];
  }
}
