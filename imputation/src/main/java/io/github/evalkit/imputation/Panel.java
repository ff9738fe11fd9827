package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The structure of panel data: which entity (patient, store, sensor) each row belongs to, and the
 * time order of the rows within each entity. Fills that take values from neighbouring cells
 * (forward/backward fill, interpolation) work within each entity along this order, so a value never
 * crosses from one entity to another; results are always returned in the original row order.
 *
 * <pre>{@code
 * Panel panel = Panel.byEntity(patientIds).orderedBy(visitTimes);
 * double[] filled = Imputers.forwardFill().fit(readings).transform(readings, panel);
 * // pandas: df.sort_values("time", kind="stable").groupby("patient")["reading"].ffill()
 * }</pre>
 *
 * <p>Entity keys are compared with {@code equals}; a {@code null} key is an error (a missing entity
 * cannot be placed). An order key may not be missing. The sort is stable: rows with equal order
 * keys keep the order they had before it, which is the row order for the first {@code orderedBy}. A
 * second {@code orderedBy} therefore sorts by its keys and breaks their ties by the previous order,
 * as chained stable sorts do in pandas ({@code df.sort_values("a", kind="stable") .sort_values("b",
 * kind="stable")} orders by b, then a).
 *
 * <p>Immutable and thread-safe.
 */
public final class Panel {

  private final int rows;
  private final Object[] groupKeys; // entity key per group id, in first-appearance order
  private final int[] groupOfRow; // group id of each row; null when there is one unnamed group
  private final int[] slots; // row indices, groups contiguous, each in time order
  private final int[] groupStart; // group g occupies slots[groupStart[g], groupStart[g + 1])
  private final double[] time; // numeric order key of each row, or null

  private Panel(
      int rows,
      Object[] groupKeys,
      int[] groupOfRow,
      int[] slots,
      int[] groupStart,
      double[] time) {
    this.rows = rows;
    this.groupKeys = groupKeys;
    this.groupOfRow = groupOfRow;
    this.slots = slots;
    this.groupStart = groupStart;
    this.time = time;
  }

  /**
   * One series of {@code rows} rows in their given order: no entities, no reordering.
   *
   * @param rows the number of rows, at least 0
   * @return the panel
   * @throws IllegalArgumentException if {@code rows < 0}
   */
  public static Panel single(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be at least 0, but is " + rows);
    }
    int[] slots = identity(rows);
    int[] starts = rows == 0 ? new int[] {0} : new int[] {0, rows};
    return new Panel(
        rows, rows == 0 ? new Object[0] : new Object[] {null}, null, slots, starts, null);
  }

  /**
   * One series ordered by {@code time}: the rows are filled in ascending time (stable for ties),
   * and {@link SeriesImputer#withTimeAxis()} interpolates by these values.
   *
   * @param time the time (or any numeric order key) of each row; no NaN
   * @return the panel
   * @throws IllegalArgumentException if {@code time} is null or holds a NaN
   */
  public static Panel ordered(double[] time) {
    Checks.notNull("time", time);
    return single(time.length).orderedBy(time);
  }

  /**
   * Rows grouped by entity, each entity in the given row order. Entity keys may be of any type with
   * a consistent {@code equals}/{@code hashCode} ({@code String}, boxed numbers, ...).
   *
   * @param entities the entity key of each row; no nulls
   * @return the panel
   * @throws IllegalArgumentException if {@code entities} is null or holds a null key
   */
  public static Panel byEntity(Object[] entities) {
    return byEntity(entities, "entities");
  }

  static Panel byEntity(Object[] entities, String name) {
    Checks.notNull(name, entities);
    int n = entities.length;
    Map<Object, Integer> ids = new HashMap<>();
    int[] groupOfRow = new int[n];
    for (int i = 0; i < n; i++) {
      Object key = entities[i];
      if (key == null) {
        throw new IllegalArgumentException(
            name + "[" + i + "] is null: every row needs an entity (group) key");
      }
      Integer id = ids.get(key);
      if (id == null) {
        id = ids.size();
        ids.put(key, id);
      }
      groupOfRow[i] = id;
    }
    Object[] keys = new Object[ids.size()];
    for (Map.Entry<Object, Integer> e : ids.entrySet()) {
      keys[e.getValue()] = e.getKey();
    }
    // Counting sort by group id: stable, so each group keeps the row order.
    int[] starts = new int[keys.length + 1];
    for (int g : groupOfRow) {
      starts[g + 1]++;
    }
    for (int g = 0; g < keys.length; g++) {
      starts[g + 1] += starts[g];
    }
    int[] next = Arrays.copyOf(starts, keys.length);
    int[] slots = new int[n];
    for (int i = 0; i < n; i++) {
      slots[next[groupOfRow[i]]++] = i;
    }
    return new Panel(n, keys, groupOfRow, slots, starts, null);
  }

  /**
   * This panel with the rows of each entity ordered by ascending {@code time} ({@code -0.0} and
   * {@code 0.0} are the same time). Ties keep this panel's order: the row order, or the order of an
   * earlier {@code orderedBy}. The numeric keys become the time axis for {@link
   * SeriesImputer#withTimeAxis()}, replacing any earlier one.
   *
   * @param time the time (or any numeric order key) of each row; no NaN
   * @return a new panel
   * @throws IllegalArgumentException if {@code time} is null, its length differs from {@link
   *     #rows()}, or it holds a NaN
   */
  public Panel orderedBy(double[] time) {
    Checks.notNull("time", time);
    checkRows("time", time.length);
    for (int i = 0; i < time.length; i++) {
      if (Double.isNaN(time[i])) {
        throw new IllegalArgumentException(
            "time[" + i + "] = NaN: the order key may not be missing");
      }
    }
    double[] t = time.clone();
    RowOrder byTime = (a, b) -> t[a] < t[b] ? -1 : (t[a] > t[b] ? 1 : 0);
    return new Panel(rows, groupKeys, groupOfRow, sortWithinGroups(byTime), groupStart, t);
  }

  /**
   * This panel with the rows of each entity ordered by ascending {@code keys} in their natural
   * order (e.g. ISO-8601 date strings). Ties keep this panel's order: the row order, or the order
   * of an earlier {@code orderedBy}. Such a panel has no numeric time axis, even if this one had.
   *
   * @param keys the order key of each row; no nulls
   * @param <T> the key type
   * @return a new panel
   * @throws IllegalArgumentException if {@code keys} is null, its length differs from {@link
   *     #rows()}, or it holds a null
   */
  public <T extends Comparable<? super T>> Panel orderedBy(T[] keys) {
    Checks.notNull("keys", keys);
    checkRows("keys", keys.length);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        throw new IllegalArgumentException(
            "keys[" + i + "] is null: the order key may not be missing");
      }
    }
    T[] k = keys.clone();
    RowOrder byKey = (a, b) -> k[a].compareTo(k[b]);
    return new Panel(rows, groupKeys, groupOfRow, sortWithinGroups(byKey), groupStart, null);
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rows() {
    return rows;
  }

  /**
   * The number of entities ({@code 1} for a non-empty panel without entities, {@code 0} when
   * empty).
   *
   * @return the group count
   */
  public int groupCount() {
    return groupKeys.length;
  }

  /**
   * Whether rows were grouped by entity keys ({@link #byEntity(Object[])}).
   *
   * @return true if the panel has entity keys
   */
  public boolean isGrouped() {
    return groupOfRow != null;
  }

  /**
   * Whether the rows were ordered by a numeric key, which can serve as a time axis.
   *
   * @return true after {@link #orderedBy(double[])}
   */
  public boolean hasTimeAxis() {
    return time != null;
  }

  int[] slots() {
    return slots;
  }

  int groupStart(int g) {
    return groupStart[g];
  }

  Object groupKey(int g) {
    return groupKeys[g];
  }

  /** The numeric order key of a row; only when {@link #hasTimeAxis()}. */
  double time(int row) {
    return time[row];
  }

  void checkRows(String name, int length) {
    if (length != rows) {
      throw new IllegalArgumentException(
          name + " and panel lengths differ: " + length + " != " + rows);
    }
  }

  /** Compares two rows by their order key. */
  @FunctionalInterface
  private interface RowOrder {
    int compare(int rowA, int rowB);
  }

  private int[] sortWithinGroups(RowOrder order) {
    int[] sorted = slots.clone();
    int[] scratch = new int[sorted.length];
    for (int g = 0; g < groupKeys.length; g++) {
      mergeSort(sorted, scratch, groupStart[g], groupStart[g + 1], order);
    }
    return sorted;
  }

  /**
   * Stable merge sort of {@code rows[from, to)} without boxing; runs already in order cost one
   * comparison per merge, so data that arrives in time order sorts in linear time.
   */
  private static void mergeSort(int[] rows, int[] scratch, int from, int to, RowOrder order) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(rows, scratch, from, mid, order);
    mergeSort(rows, scratch, mid, to, order);
    if (order.compare(rows[mid - 1], rows[mid]) <= 0) {
      return; // already in order
    }
    System.arraycopy(rows, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      // ties take the left element first: that is what keeps equal keys in row order
      if (j >= to || (i < mid && order.compare(scratch[i], scratch[j]) <= 0)) {
        rows[k] = scratch[i++];
      } else {
        rows[k] = scratch[j++];
      }
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
