package io.github.evalkit.core;

/**
 * Argument checks shared by evalkit's modules, with messages that name the argument, the index and
 * the value. The messages are built in separate methods so that the checks stay small enough to
 * inline.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a non-null array.
   *
   * @param name the argument's name, for the message
   * @param array the array
   * @throws IllegalArgumentException if {@code array} is null
   */
  public static void notNull(String name, Object array) {
    if (array == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * Requires two non-null arrays of the same length.
   *
   * @param nameA the first argument's name
   * @param a the first array
   * @param nameB the second argument's name
   * @param b the second array
   * @throws IllegalArgumentException if either is null or their lengths differ
   */
  public static void sameLength(String nameA, double[] a, String nameB, double[] b) {
    notNull(nameA, a);
    notNull(nameB, b);
    if (a.length != b.length) {
      throw lengthMismatch(nameA, a.length, nameB, b.length);
    }
  }

  /**
   * Requires {@code 0 <= from <= to <= length}.
   *
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param length the array's length
   * @throws IndexOutOfBoundsException if the range is not within the array
   */
  public static void range(int from, int to, int length) {
    if (from < 0 || from > to || to > length) {
      throw rangeError(from, to, length);
    }
  }

  private static IllegalArgumentException lengthMismatch(
      String nameA, int lengthA, String nameB, int lengthB) {
    return new IllegalArgumentException(
        nameA + " and " + nameB + " lengths differ: " + lengthA + " != " + lengthB);
  }

  private static IndexOutOfBoundsException rangeError(int from, int to, int length) {
    return new IndexOutOfBoundsException(
        "Range [" + from + ", " + to + ") out of bounds for length " + length);
  }

  /**
   * Requires two non-null int arrays of the same length.
   *
   * @param nameA the first argument's name
   * @param a the first array
   * @param nameB the second argument's name
   * @param b the second array
   * @throws IllegalArgumentException if either is null or their lengths differ
   */
  public static void sameLength(String nameA, int[] a, String nameB, int[] b) {
    notNull(nameA, a);
    notNull(nameB, b);
    if (a.length != b.length) {
      throw lengthMismatch(nameA, a.length, nameB, b.length);
    }
  }

  /**
   * Requires a non-null array of at least {@code min} elements.
   *
   * @param name the argument's name
   * @param array the array
   * @param min the smallest allowed length
   * @throws IllegalArgumentException if {@code array} is null or shorter than {@code min}
   */
  public static void minLength(String name, double[] array, int min) {
    notNull(name, array);
    if (array.length < min) {
      throw new IllegalArgumentException(
          name + " has length " + array.length + " but needs at least " + min);
    }
  }

  /**
   * Requires {@code value >= 1}.
   *
   * @param name the argument's name
   * @param value the value
   * @throws IllegalArgumentException if {@code value < 1}
   */
  public static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, but is " + value);
    }
  }

  /**
   * Builds the error for a class code out of {@code [0, k)} at index {@code i}.
   *
   * @param actual class codes of the true labels
   * @param predicted class codes of the predictions
   * @param i the index where a code is out of range
   * @param k the number of classes
   * @return the exception to throw
   */
  public static IllegalArgumentException codeOutOfRange(
      int[] actual, int[] predicted, int i, int k) {
    boolean actualBad = actual[i] < 0 || actual[i] >= k;
    String name = actualBad ? "actual" : "predicted";
    int value = actualBad ? actual[i] : predicted[i];
    return new IllegalArgumentException(
        name + "[" + i + "] = " + value + " is not a class code in [0, " + k + ")");
  }
}
