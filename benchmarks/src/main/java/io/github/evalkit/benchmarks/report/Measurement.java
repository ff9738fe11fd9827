package io.github.evalkit.benchmarks.report;

import java.util.Map;
import java.util.Set;

/**
 * One benchmark result of one run: a method at one parameter combination on one JDK, its time per
 * call in nanoseconds and, from the allocation pass, the bytes it allocates per call.
 *
 * @param jdk label of the JDK, e.g. {@code "jdk17"}
 * @param className fully qualified name of the benchmark class
 * @param method benchmark method
 * @param params JMH parameters, e.g. {@code size=1000}
 * @param medianNanos median of the measurement iterations, ns per call
 * @param errorNanos half-width of JMH's 99.9% confidence interval, ns; NaN when unknown
 * @param jvmArgs the fork's JVM arguments
 */
public record Measurement(
    String jdk,
    String className,
    String method,
    Map<String, String> params,
    double medianNanos,
    double errorNanos,
    Set<String> jvmArgs) {

  /** Parameter names that give the number of elements an operation covers. */
  private static final String[] SIZE_PARAMS = {"size", "length", "n"};

  /**
   * The number of elements, from the first size-like parameter.
   *
   * @return the size, or 0 when the benchmark has none
   */
  public long size() {
    for (String name : SIZE_PARAMS) {
      String value = params.get(name);
      if (value != null) {
        return Long.parseLong(value);
      }
    }
    return 0;
  }

  /**
   * The parameters other than the size, e.g. {@code classes=10}, for a table's row label.
   *
   * @return the other parameters as {@code name=value}, comma-separated, or {@code ""}
   */
  public String otherParams() {
    StringBuilder text = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (!name.equals("size") && !name.equals("length") && !name.equals("n")) {
            text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(value);
          }
        });
    return text.toString();
  }

  /**
   * The row key shared by the variants of one operation: JDK and every parameter.
   *
   * @return the key
   */
  public String rowKey() {
    return jdk + " " + params;
  }

  /**
   * The key matching this result with its allocation-pass twin.
   *
   * @return JDK, benchmark and parameters
   */
  public String allocationKey() {
    return jdk + " " + className + "." + method + " " + params;
  }
}
