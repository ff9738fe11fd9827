package io.github.evalkit.cli.csv;

import java.util.Arrays;

/** A growing primitive {@code int} array. Not thread-safe. */
public final class GrowableInts {
  private int[] values = new int[1024];
  private int size;

  /**
   * Appends a value.
   *
   * @param value the value
   */
  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  /**
   * The number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The values, trimmed to size.
   *
   * @return a new array
   */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
