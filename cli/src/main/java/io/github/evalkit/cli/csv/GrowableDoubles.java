package io.github.evalkit.cli.csv;

import java.util.Arrays;

/**
 * A growing primitive {@code double} array, so columns are read without boxing. Not thread-safe.
 */
public final class GrowableDoubles {
  private double[] values = new double[1024];
  private int size;

  /**
   * Appends a value.
   *
   * @param value the value
   */
  public void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  /**
   * Makes room for at least this many values without growing again.
   *
   * @param capacity the number of values
   */
  public void ensureCapacity(int capacity) {
    if (capacity > values.length) {
      values = Arrays.copyOf(values, capacity);
    }
  }

  /**
   * Copies the values into an array.
   *
   * @param target the array
   * @param at where the first value goes
   */
  public void copyInto(double[] target, int at) {
    System.arraycopy(values, 0, target, at, size);
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
  public double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
