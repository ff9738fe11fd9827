package io.github.evalkit.benchmarks.report;

import io.github.evalkit.benchmarks.BytesPerElement;
import io.github.evalkit.benchmarks.Operation;
import java.util.Locale;
import java.util.Map;

/**
 * What the report knows about a benchmark class: the operation it measures and the bytes each
 * element costs, from its {@link Operation} and {@link BytesPerElement} annotations, else from its
 * name.
 *
 * @param title the operation's title
 * @param bytesPerElement bytes read (and written) per element, 0 when unknown
 * @param kernel whether it measures a core kernel rather than a user-facing API
 */
record OperationInfo(String title, int bytesPerElement, boolean kernel) {

  /** Traffic of the kernel benchmarks, which carry no annotation, by class name. */
  private static final Map<String, Integer> KERNEL_BYTES =
      Map.of(
          "SumOfSquaredErrorsBenchmark", 16,
          "SumOfAbsoluteErrorsBenchmark", 16,
          "ParallelSumOfSquaredErrorsBenchmark", 16,
          "SumBenchmark", 8,
          "CountNaNBenchmark", 8,
          "MeanIgnoringNaNBenchmark", 8,
          // Reads the source and writes the copy.
          "ReplaceNaNBenchmark", 16,
          // In place: reads every element and writes only the gaps (10% or 50%); counted: the read.
          "ForwardFillBenchmark", 8,
          // Two int[] of codes.
          "CountPairsBenchmark", 8);

  /**
   * Looks a benchmark class up.
   *
   * @param className its fully qualified name
   * @return what is known about it
   */
  static OperationInfo of(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    boolean kernel = className.contains(".kernels.");
    String title = words(simple.replaceFirst("Benchmark$", ""));
    if (kernel) {
      title = "Kernel: " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
    int bytes = KERNEL_BYTES.getOrDefault(simple, 0);
    try {
      Class<?> type = Class.forName(className, false, OperationInfo.class.getClassLoader());
      Operation operation = type.getAnnotation(Operation.class);
      if (operation != null) {
        title = operation.value();
      }
      BytesPerElement traffic = type.getAnnotation(BytesPerElement.class);
      if (traffic != null) {
        bytes = traffic.value();
      }
    } catch (ClassNotFoundException e) {
      // A result from an older jar: keep the name-derived description.
    }
    return new OperationInfo(title, bytes, kernel);
  }

  /**
   * Bytes per element of one ceiling method: two arrays when its name says so, else one.
   *
   * @param method the ceiling benchmark's method
   * @return 16 or 8
   */
  static int ceilingBytes(String method) {
    return method.toLowerCase(Locale.ROOT).contains("two") ? 16 : 8;
  }

  /** "SumOfSquaredErrors" → "sum of squared errors", keeping acronyms such as "NaN" intact. */
  private static String words(String camel) {
    String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replace("Na N", "NaN");
    return spaced.isEmpty()
        ? camel
        : spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.ROOT).replace("nan", "NaN");
  }
}
