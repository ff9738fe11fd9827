package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every facade method names the bad argument, the sizes or the range in its message. */
class ArgumentErrorsTest {

  private static final double[] FIVE = new double[5];
  private static final double[] SIX = new double[6];

  @Test
  void nullArraysAreNamed() {
    expect(
        () -> ArrayKernels.sum(null, 0, 0), IllegalArgumentException.class, "x must not be null");
    expect(
        () -> ArrayKernels.sumOfAbsoluteDifferences(FIVE, null, 0, 0),
        IllegalArgumentException.class,
        "b must not be null");
    expect(
        () -> ArrayKernels.weightedSum(FIVE, null, 0, 0),
        IllegalArgumentException.class,
        "w must not be null");
    expect(
        () -> ArrayKernels.replaceNaN(null, 0, FIVE, 0, 0),
        IllegalArgumentException.class,
        "src must not be null");
    expect(
        () -> ArrayKernels.forwardFill(null, 0, 0, 1),
        IllegalArgumentException.class,
        "x must not be null");
    expect(
        () -> ArrayKernels.parallelSum(null, 0, 0),
        IllegalArgumentException.class,
        "x must not be null");
  }

  @Test
  void lengthMismatchesGiveBothLengths() {
    expect(
        () -> ArrayKernels.sumOfAbsoluteDifferences(FIVE, SIX, 0, 5),
        IllegalArgumentException.class,
        "a and b lengths differ: 5 != 6");
    expect(
        () -> ArrayKernels.weightedSumOfSquaredDifferences(FIVE, FIVE, SIX, 0, 5),
        IllegalArgumentException.class,
        "a and w lengths differ: 5 != 6");
    expect(
        () -> ArrayKernels.weightedSum(FIVE, SIX, 0, 5),
        IllegalArgumentException.class,
        "x and w lengths differ: 5 != 6");
    expect(
        () -> ArrayKernels.replaceNaN(FIVE, 0, SIX, 0, 5),
        IllegalArgumentException.class,
        "src and dst lengths differ: 5 != 6");
    expect(
        () -> ArrayKernels.parallelSumOfSquaredDifferences(FIVE, SIX, 0, 5),
        IllegalArgumentException.class,
        "a and b lengths differ: 5 != 6");
  }

  @Test
  void rangesOutsideTheArrayGiveTheRange() {
    String message = "Range [3, 6) out of bounds for length 5";
    Class<IndexOutOfBoundsException> type = IndexOutOfBoundsException.class;
    expect(() -> ArrayKernels.sum(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.sumOfSquaresAbout(FIVE, 0, 3, 6), type, message);
    expect(() -> ArrayKernels.maxAbsoluteDifference(FIVE, FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.countNaN(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.indexOfNaN(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.minIgnoringNaN(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.maxIgnoringNaN(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.backwardFill(FIVE, 3, 6, 1), type, message);
    expect(() -> ArrayKernels.parallelSum(FIVE, 3, 6), type, message);
    expect(() -> ArrayKernels.sum(FIVE, 4, 3), type, "Range [4, 3) out of bounds for length 5");
    expect(
        () -> ArrayKernels.countNaN(FIVE, -1, 3), type, "Range [-1, 3) out of bounds for length 5");
  }

  @Test
  void outputArraysAndLimitsAreChecked() {
    expect(
        () -> ArrayKernels.errorMoments(FIVE, FIVE, 0, 5, new double[4]),
        IllegalArgumentException.class,
        "out has length 4 but needs at least 5");
    expect(
        () -> ArrayKernels.sumAndCountIgnoringNaN(FIVE, 0, 5, new double[1]),
        IllegalArgumentException.class,
        "out has length 1 but needs at least 2");
    expect(
        () -> ArrayKernels.forwardFill(FIVE, 0, 5, 0),
        IllegalArgumentException.class,
        "limit must be at least 1, but is 0");
  }

  private static void expect(Executable call, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(type).hasMessage(message);
  }
}
