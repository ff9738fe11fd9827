package io.github.evalkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RESULTS.md is computed from JMH's JSON as its header says: ratios, GB/s, ceiling, B/call. */
class ResultsReportTest {

  private static final String KERNEL =
      "io.github.evalkit.benchmarks.kernels.SumOfSquaredErrorsBenchmark";
  private static final String CEILING = "io.github.evalkit.benchmarks.kernels.ReadCeilingBenchmark";
  private static final String MSE = "io.github.evalkit.benchmarks.MeanSquaredErrorBenchmark";

  @TempDir Path results;

  @Test
  void tablesCarryRatiosBandwidthCeilingAndAllocation() throws IOException {
    Files.writeString(
        results.resolve("jmh-jdk17.json"),
        json(
            List.of(
                // 1,000 elements: the vector kernel takes 200 ns, the naive loop 1,000 ns.
                result(KERNEL + ".naiveLoop", 1000, "ns/op", 1000, 10),
                result(KERNEL + ".evalkitVector", 1000, "ns/op", 200, 4),
                // 10M elements, 16 B each: 160 MB in 8 ms = 20 GB/s; the ceiling does 25 GB/s.
                result(KERNEL + ".evalkitScalar", 10_000_000, "us/op", 8000, 100),
                result(KERNEL + ".naiveLoop", 10_000_000, "us/op", 9000, 100),
                result(CEILING + ".sumOfTwoArrays", 10_000_000, "us/op", 6400, 50),
                result(MSE + ".commonsMath", 1000, "ns/op", 3000, Double.NaN),
                result(MSE + ".evalkitVector", 1000, "ns/op", 300, 3))));
    Files.writeString(
        results.resolve("gc-jdk17.json"),
        json(
            List.of(
                withAllocation(result(KERNEL + ".naiveLoop", 1000, "ns/op", 1, 1), 0.5),
                withAllocation(result(KERNEL + ".evalkitVector", 1000, "ns/op", 1, 1), 0.02))));
    Files.writeString(
        results.resolve("env-jdk17.properties"),
        "date=2026-11-24T23:00Z\njava.version=openjdk 17\nprovider.vector=vector(8 lanes)\n");

    String md = ResultsReport.read(results, true).markdown("Test CPU (2 logical CPUs)");

    assertThat(md).contains("**Trial run.**", "Test CPU (2 logical CPUs)", "vector(8 lanes)");
    assertThat(md).contains("## Kernel: sum of squared errors", "## Mean squared error");
    // The vector row: 200 ns per call, 0.2 ns/element, 16 B × 1000 / 200 ns = 80 GB/s, 5× naive.
    assertThat(md)
        .contains("| jdk17 | 1,000 | — | evalkit vector | 200 ± 4 | 0.2 | 80.0 | 5.00× | — | 0 |");
    // The scalar row at 10M: 20 GB/s is 80% of the two-array ceiling's 25 GB/s; 1.125× naive.
    assertThat(md)
        .contains(
            "| jdk17 | 10,000,000 | — | evalkit scalar | 8,000,000 ± 100,000 | 0.8 | 20.0 | 1.13×"
                + " | 80% | — |");
    assertThat(md).contains("| read ceiling (sumOfTwoArrays) | 6,400,000 ± 50,000 | 0.64 | 25.0 |");
    // Commons Math's column in its own table, and an unknown error shown as such.
    assertThat(md).contains("| evalkit vector | 300 ± 3 | 0.3 | 53.3 | 10.00× | — | — |");
    assertThat(md).contains("| Commons Math | 3,000 ± — |");
    // Targets: 5× ≥ 4× met at 1,000; 80% < 90% of the ceiling missed; allocation met.
    assertThat(md)
        .contains(
            "| Kernel: sum of squared errors | vector ≥ 4× naive at 1,000 and 100,000 | jdk17 |"
                + " evalkit vector, 1,000 | 5.00× | yes |");
    assertThat(md)
        .contains("evalkit scalar, 10,000,000 | 80% | **no** |")
        .contains("| 0.0 B/call | yes |");
  }

  private static String json(List<String> results) {
    return "[" + String.join(",", results) + "]";
  }

  private static String result(
      String benchmark, long size, String unit, double median, double error) {
    String errorText = Double.isNaN(error) ? "\"NaN\"" : Double.toString(error);
    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"%s\",\"mode\":\"avgt\",\"jvmArgs\":[],\"params\":{\"size\":\"%d\"},"
            + "\"primaryMetric\":{\"score\":%s,\"scoreError\":%s,"
            + "\"scorePercentiles\":{\"50.0\":%s},\"scoreUnit\":\"%s\"},"
            + "\"secondaryMetrics\":{}}",
        benchmark,
        size,
        median,
        errorText,
        median,
        unit);
  }

  private static String withAllocation(String result, double bytesPerCall) {
    return result.replace(
        "\"secondaryMetrics\":{}",
        "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":"
            + bytesPerCall
            + ",\"scoreUnit\":\"B/op\"}}");
  }
}
