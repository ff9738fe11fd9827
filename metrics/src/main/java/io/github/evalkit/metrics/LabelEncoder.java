package io.github.evalkit.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An ordered set of class labels and their codes {@code 0 .. size()-1}; turns label arrays into the
 * {@code int[]} codes a {@link ConfusionMatrix} counts.
 *
 * <p>Labels are text, compared exactly ({@code "1"} and {@code "1.0"} are two labels). Their order
 * is the command line's (see {@link #order(Collection)}): if every label is a finite decimal
 * number, ascending by value with ties by text; otherwise by {@link String#compareTo}. Other label
 * types are identified by {@link String#valueOf(Object)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LabelEncoder {

  /** Decimal numbers as the command line reads them: sign, digits, point, exponent. */
  private static final Pattern NUMBER =
      Pattern.compile("[ \\t]*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[ \\t]*");

  /** Orders labels by {@link String#compareTo}. */
  public static final Comparator<String> TEXT_ORDER = Comparator.naturalOrder();

  /**
   * Orders numeric labels ascending by value, ties by text. Values are compared as the exact
   * decimals written, also where two texts round to the same double ({@code -12345678901234567891}
   * comes before {@code -12345678901234567890}, {@code 1} before {@code 1.00000000000000001}).
   * Equal values tie as {@code ==} has them, so {@code -0} and {@code +0} are ordered by their text
   * ({@link Double#compare} would put -0.0 first).
   */
  public static final Comparator<String> NUMERIC_ORDER = LabelEncoder::compareNumeric;

  private final List<String> labels;
  private final Map<String, Integer> codes;

  private static int compareNumeric(String x, String y) {
    double a = parseNumber(x);
    double b = parseNumber(y);
    if (a != b) {
      return a < b ? -1 : 1;
    }
    // The same double; texts of more than 17 digits may still differ in value.
    int exact = compareExactly(x, y);
    return exact != 0 ? exact : TEXT_ORDER.compare(x, y);
  }

  /** The decimals' exact order; 0 for an exponent beyond what a {@link BigDecimal} holds. */
  private static int compareExactly(String x, String y) {
    try {
      return new BigDecimal(x.strip()).compareTo(new BigDecimal(y.strip()));
    } catch (NumberFormatException | ArithmeticException e) {
      return 0; // e.g. 1e-9999999999, which parses to the double 0
    }
  }

  private LabelEncoder(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.codes = new HashMap<>(labels.size() * 2);
    for (int i = 0; i < labels.size(); i++) {
      codes.put(labels.get(i), i);
    }
  }

  /**
   * The encoder for the union of the given labels, in the contract's order.
   *
   * @param labelSets labels, e.g. the actual and the predicted ones; duplicates are fine
   * @return the encoder
   * @throws IllegalArgumentException if an argument or a label is null, or there is no label
   */
  @SafeVarargs
  public static LabelEncoder fromUnion(Collection<String>... labelSets) {
    TreeSet<String> distinct = new TreeSet<>();
    for (int s = 0; s < labelSets.length; s++) {
      if (labelSets[s] == null) {
        throw new IllegalArgumentException("labelSets[" + s + "] must not be null");
      }
      for (String label : labelSets[s]) {
        if (label == null) {
          throw new IllegalArgumentException("labelSets[" + s + "] contains null");
        }
        distinct.add(label);
      }
    }
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("there are no labels");
    }
    return new LabelEncoder(order(distinct));
  }

  /**
   * The encoder for the union of the labels in two arrays, in the contract's order.
   *
   * @param actual true labels
   * @param predicted predicted labels
   * @return the encoder
   * @throws IllegalArgumentException if an array or element is null (naming argument and index), or
   *     both are empty
   */
  public static LabelEncoder fromUnion(String[] actual, String[] predicted) {
    requireNoNulls("actual", actual);
    requireNoNulls("predicted", predicted);
    return fromUnion(Arrays.asList(actual), Arrays.asList(predicted));
  }

  /**
   * An encoder with exactly these labels in exactly this order (like scikit-learn's {@code labels=}
   * argument).
   *
   * @param labels the labels, distinct
   * @return the encoder
   * @throws IllegalArgumentException if {@code labels} is null or empty, or contains null or
   *     duplicates
   */
  public static LabelEncoder ofOrdered(List<String> labels) {
    if (labels == null || labels.isEmpty()) {
      throw new IllegalArgumentException("labels must not be null or empty");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label == null) {
        throw new IllegalArgumentException("labels[" + i + "] is null");
      }
      Integer before = seen.put(label, i);
      if (before != null) {
        throw new IllegalArgumentException(
            "labels[" + i + "] = '" + label + "' repeats labels[" + before + "]");
      }
    }
    return new LabelEncoder(labels);
  }

  /**
   * Sorts labels in the contract's order: all finite numbers → {@link #NUMERIC_ORDER}, else {@link
   * #TEXT_ORDER}.
   *
   * @param labels the labels, not null
   * @return a new sorted list
   * @throws NullPointerException if {@code labels} or an element is null
   */
  public static List<String> order(Collection<String> labels) {
    List<String> sorted = new ArrayList<>(labels);
    boolean numeric = sorted.stream().allMatch(LabelEncoder::isFiniteNumber);
    sorted.sort(numeric ? NUMERIC_ORDER : TEXT_ORDER);
    return sorted;
  }

  /**
   * Whether {@code label} reads as a finite decimal number ({@code 1}, {@code -2.5}, {@code 3e-4},
   * {@code .5}; not hex, {@code inf}, {@code 1d} or {@code 1e999}).
   *
   * @param label the text
   * @return true if it is a finite number
   */
  public static boolean isFiniteNumber(String label) {
    return label != null
        && NUMBER.matcher(label).matches()
        && Double.isFinite(Double.parseDouble(label.strip()));
  }

  private static double parseNumber(String label) {
    return Double.parseDouble(label.strip());
  }

  /**
   * The labels in code order.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * How many labels there are.
   *
   * @return at least 1
   */
  public int size() {
    return labels.size();
  }

  /**
   * The label with this code.
   *
   * @param code a code in {@code [0, size())}
   * @return the label
   * @throws IllegalArgumentException if the code is out of range
   */
  public String label(int code) {
    if (code < 0 || code >= labels.size()) {
      throw new IllegalArgumentException(
          "code " + code + " is not a class code in [0, " + labels.size() + ")");
    }
    return labels.get(code);
  }

  /**
   * The code of a label.
   *
   * @param label the label
   * @return its code
   * @throws IllegalArgumentException if the label is not known (the message lists the labels)
   */
  public int code(String label) {
    Integer code = codes.get(label);
    if (code == null) {
      throw new IllegalArgumentException("label '" + label + "' is not one of " + labels);
    }
    return code;
  }

  /**
   * Whether the label is known.
   *
   * @param label the label
   * @return true if it has a code
   */
  public boolean contains(String label) {
    return codes.containsKey(label);
  }

  /**
   * Encodes labels as codes.
   *
   * @param name the argument's name, for messages
   * @param values the labels
   * @return a new array of codes
   * @throws IllegalArgumentException if {@code values} is null or holds null or an unknown label
   *     (naming the argument, index and value)
   */
  public int[] encode(String name, String[] values) {
    requireNoNulls(name, values);
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      Integer code = codes.get(values[i]);
      if (code == null) {
        throw new IllegalArgumentException(
            name + "[" + i + "] = '" + values[i] + "' is not one of the labels " + labels);
      }
      out[i] = code;
    }
    return out;
  }

  static void requireNoNulls(String name, Object[] values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(name + "[" + i + "] is null");
      }
    }
  }

  /**
   * Equal when the labels and their order are equal.
   *
   * @param other another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof LabelEncoder && ((LabelEncoder) other).labels.equals(labels);
  }

  /**
   * Hash of the labels.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  /**
   * The labels in order.
   *
   * @return e.g. {@code LabelEncoder[no, yes]}
   */
  @Override
  public String toString() {
    return "LabelEncoder" + labels;
  }
}
