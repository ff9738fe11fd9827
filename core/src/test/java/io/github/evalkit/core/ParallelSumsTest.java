package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.evalkit.core.internal.ParallelSums;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * The chunking of the parallel sums, checked with a kernel that records the sub-ranges it is given
 * instead of reading an array, so that ranges up to the largest array length are cheap to test.
 */
class ParallelSumsTest {

  /** The largest array length HotSpot allows. */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  @Test
  void theLastChunkOfTheLongestRangeIsNotDropped() {
    // lo + CHUNK used to overflow for the last chunk, which became [2147352576, -2147483648).
    assertCoveredExactlyOnce(0, MAX_LENGTH);
    assertCoveredExactlyOnce(7, MAX_LENGTH);
    assertCoveredExactlyOnce(MAX_LENGTH - ParallelSums.THRESHOLD, MAX_LENGTH);
  }

  @Test
  void chunksCoverEveryRangeExactlyOnce() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(100)
        .forAll(
            integers().between(0, MAX_LENGTH),
            integers().between(0, MAX_LENGTH),
            integers().between(0, 3))
        .checkAssert(
            (x, y, shape) -> {
              // Half the ranges end at the largest length, where the overflow was.
              int to = shape < 2 ? MAX_LENGTH : Math.max(x, y);
              int from = shape == 1 ? Math.max(0, to - ParallelSums.THRESHOLD - x % 1000) : x;
              assertCoveredExactlyOnce(Math.min(from, to), to);
            });
  }

  private static void assertCoveredExactlyOnce(int from, int to) {
    ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
    double total =
        ParallelSums.sum(
            from,
            to,
            (lo, hi) -> {
              calls.add(new int[] {lo, hi});
              return (double) hi - lo;
            });
    List<int[]> chunks = new ArrayList<>(calls);
    chunks.sort(Comparator.comparingInt(c -> c[0]));
    String range = "[" + from + ", " + to + ")";
    int next = from;
    for (int[] c : chunks) {
      assertThat(c[0]).as("chunk starts where the previous one ended in %s", range).isEqualTo(next);
      if (to > from) {
        assertThat(c[1]).as("chunk [%d, %d) of %s", c[0], c[1], range).isGreaterThan(c[0]);
      }
      next = c[1];
    }
    assertThat(next).as("chunks of %s end at its end", range).isEqualTo(to);
    assertThat(total).as("merged length of %s", range).isEqualTo((double) to - from);
  }
}
