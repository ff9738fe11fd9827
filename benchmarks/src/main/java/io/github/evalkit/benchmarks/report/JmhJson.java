package io.github.evalkit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the JSON that JMH writes with {@code -rf json}. */
final class JmhJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhJson() {}

  /**
   * Reads every result of a file, converting times to ns per call.
   *
   * @param file the JSON file
   * @param jdk label of the JDK the file comes from
   * @return the results, in file order
   * @throws IOException if the file cannot be read or parsed
   */
  static List<Measurement> timings(Path file, String jdk) throws IOException {
    List<Measurement> results = new ArrayList<>();
    for (JsonNode run : MAPPER.readTree(file.toFile())) {
      String benchmark = run.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      Map<String, String> params = new LinkedHashMap<>();
      run.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      Set<String> jvmArgs = new LinkedHashSet<>();
      run.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
      JsonNode primary = run.path("primaryMetric");
      String unit = primary.path("scoreUnit").asText();
      double median = primary.path("scorePercentiles").path("50.0").asDouble(Double.NaN);
      double error = number(primary.path("scoreError"));
      results.add(
          new Measurement(
              jdk,
              benchmark.substring(0, dot),
              benchmark.substring(dot + 1),
              params,
              toNanosPerCall(median, unit),
              errorToNanos(median, error, unit),
              jvmArgs));
    }
    return results;
  }

  /**
   * Reads the normalised allocation ({@code gc.alloc.rate.norm}, B/op) of every result of a file
   * written with {@code -prof gc}.
   *
   * @param file the JSON file
   * @param jdk label of the JDK the file comes from
   * @return bytes per call by {@link Measurement#allocationKey()}
   * @throws IOException if the file cannot be read or parsed
   */
  static Map<String, Double> allocations(Path file, String jdk) throws IOException {
    Map<String, Double> bytes = new LinkedHashMap<>();
    List<Measurement> timings = timings(file, jdk);
    int i = 0;
    for (JsonNode run : MAPPER.readTree(file.toFile())) {
      Measurement m = timings.get(i++);
      run.path("secondaryMetrics")
          .properties()
          .forEach(
              e -> {
                // JMH 1.37 names it "gc.alloc.rate.norm"; older versions prefix a '·'.
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                  bytes.put(m.allocationKey(), e.getValue().path("score").asDouble(Double.NaN));
                }
              });
    }
    return bytes;
  }

  private static double number(JsonNode node) {
    // JMH writes "NaN" as a string when there are too few iterations for an interval.
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  static double toNanosPerCall(double score, String unit) {
    switch (unit) {
      case "ns/op":
        return score;
      case "us/op":
        return score * 1e3;
      case "ms/op":
        return score * 1e6;
      case "s/op":
        return score * 1e9;
      case "ops/ns":
        return 1 / score;
      case "ops/us":
        return 1e3 / score;
      case "ops/ms":
        return 1e6 / score;
      case "ops/s":
        return 1e9 / score;
      default:
        throw new IllegalArgumentException("unsupported JMH score unit: " + unit);
    }
  }

  private static double errorToNanos(double score, double error, String unit) {
    if (Double.isNaN(error)) {
      return Double.NaN;
    }
    if (unit.endsWith("/op")) {
      return toNanosPerCall(error, unit);
    }
    // Throughput: map the interval's ends to times and take half their spread.
    double slow = toNanosPerCall(Math.max(score - error, Double.MIN_VALUE), unit);
    double fast = toNanosPerCall(score + error, unit);
    return (slow - fast) / 2;
  }
}
