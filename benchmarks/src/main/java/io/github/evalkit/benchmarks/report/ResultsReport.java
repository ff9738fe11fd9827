package io.github.evalkit.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Regenerates {@code benchmarks/RESULTS.md} from the files {@code benchmarks/run.sh full} writes to
 * {@code benchmarks/results/}: {@code jmh-<jdk>[-<pass>].json} (timings), {@code gc-<jdk>.json}
 * (the allocation pass) and {@code env-<jdk>.properties} (date, JDK, options, providers).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.evalkit.benchmarks.report.ResultsReport
 * RESULTS_DIR OUTPUT.md [--trial]}.
 */
public final class ResultsReport {

  private final List<Measurement> timings = new ArrayList<>();
  private final Map<String, Double> allocations = new HashMap<>();
  private final Map<String, Properties> environments = new TreeMap<>();

  /**
   * The command line's end-to-end timing ({@code cli-end-to-end.sh}'s table), if the run made it.
   */
  private String commandLine = "";

  private final boolean trial;

  private ResultsReport(boolean trial) {
    this.trial = trial;
  }

  /**
   * Reads a results directory and writes the markdown report.
   *
   * @param args the results directory, the output file, and optionally {@code --trial}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ResultsReport RESULTS_DIR OUTPUT.md [--trial]");
      System.exit(2);
    }
    boolean trial = args.length > 2 && args[2].equals("--trial");
    ResultsReport report = read(Path.of(args[0]), trial);
    Files.writeString(Path.of(args[1]), report.markdown(cpuModel()), StandardCharsets.UTF_8);
  }

  /**
   * Reads every result file of a directory.
   *
   * @param directory where {@code run.sh full} wrote its files
   * @param trial whether the run covered only part of the suite
   * @return the report, ready to render
   * @throws IOException if a file cannot be read or parsed
   */
  static ResultsReport read(Path directory, boolean trial) throws IOException {
    ResultsReport report = new ResultsReport(trial);
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.startsWith("jmh-") && name.endsWith(".json")) {
        // jmh-<jdk>.json, or one file per pass: jmh-<jdk>-<pass>.json.
        String label = label(name, "jmh-", ".json").replaceFirst("-.*", "");
        report.timings.addAll(JmhJson.timings(file, label));
      } else if (name.startsWith("gc-") && name.endsWith(".json")) {
        report.allocations.putAll(JmhJson.allocations(file, label(name, "gc-", ".json")));
      } else if (name.equals(COMMAND_LINE_FILE)) {
        report.commandLine = Files.readString(file);
      } else if (name.startsWith("env-") && name.endsWith(".properties")) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          properties.load(in);
        }
        report.environments.put(label(name, "env-", ".properties"), properties);
      }
    }
    return report;
  }

  /** Where {@code run.sh full} puts the output of {@code benchmarks/cli-end-to-end.sh}. */
  static final String COMMAND_LINE_FILE = "cli-end-to-end.md";

  private static String label(String fileName, String prefix, String suffix) {
    return fileName.substring(prefix.length(), fileName.length() - suffix.length());
  }

  /**
   * The CPU model and count from {@code /proc/cpuinfo}.
   *
   * @return e.g. "AMD EPYC (2 logical CPUs, AVX-512)", or "unknown" off Linux
   */
  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      List<String> lines = Files.readAllLines(cpuinfo);
      String model = "unknown";
      long count = 0;
      boolean avx512 = false;
      boolean avx2 = false;
      for (String line : lines) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
        } else if (line.startsWith("processor")) {
          count++;
        } else if (line.startsWith("flags")) {
          avx512 |= line.contains(" avx512f");
          avx2 |= line.contains(" avx2");
        }
      }
      String simd = avx512 ? ", AVX-512" : avx2 ? ", AVX2" : "";
      return model + " (" + count + " logical CPUs" + simd + ")";
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Renders the whole report.
   *
   * @param cpu the machine's CPU, as {@link #cpuModel()} gives it
   * @return markdown
   */
  String markdown(String cpu) {
    StringBuilder md = new StringBuilder();
    md.append("# evalkit benchmark results\n\n");
    md.append(
        "<!-- Generated by benchmarks/run.sh full (ResultsReport); do not edit by hand. -->\n\n");
    if (trial) {
      md.append(
          "> **Trial run.** Only part of the suite ran, to check the pipeline; these numbers are"
              + " not the project's results.\n\n");
    }
    md.append(
        "Numbers are from **one run on one machine**, shared with other work while it ran, so"
            + " compare rows within a table (same run, same machine), not with other machines."
            + " Each time is the **median** of the measurement iterations **± the half-width of"
            + " JMH's 99.9% confidence interval** (few iterations make it wide).\n\n");
    md.append("- CPU: ").append(cpu).append('\n');
    environments.forEach(
        (jdk, env) ->
            md.append("- ")
                .append(jdk)
                .append(": ")
                .append(env.getProperty("java.version", "?"))
                .append(", run ")
                .append(env.getProperty("date", "?"))
                .append("; providers: scalar fork `")
                .append(env.getProperty("provider.scalar", "?"))
                .append("`, vector fork `")
                .append(env.getProperty("provider.vector", "?"))
                .append("`, default `")
                .append(env.getProperty("provider.default", "?"))
                .append("`; JMH `")
                .append(env.getProperty("options", "?"))
                .append("`, allocation pass `-prof gc ")
                .append(env.getProperty("gc.options", "?"))
                .append("`\n"));
    md.append(
        """

        How to read the tables: **ns/element** is the time per call divided by the number of
        rows; **GB/s** is the minimum traffic of the operation (the bytes per element stated
        under each title) over the time; **× naive**, **× Commons Math**, **× Tribuo** are
        speed-ups (the peer's time over this row's time, above 1 = this row is faster), taken
        within the same JDK and parameters; **of ceiling** is GB/s over the read ceiling's GB/s
        for the same number of arrays on the same JDK, shown at the ceiling's size (10,000,000,
        out of cache); **B/call** is the allocation per call from the `-prof gc` pass (values
        below 16 are the profiler's own noise, not an object). Providers: *evalkit scalar* runs
        with `-Devalkit.vectorization=scalar`, *evalkit vector* with
        `--add-modules=jdk.incubator.vector`; the two differ only in these fork arguments.

        """);
    Map<String, List<Measurement>> byOperation = groupByOperation();
    Ceilings ceilings = Ceilings.of(timings);
    md.append(Targets.render(byOperation, ceilings, allocations));
    byOperation.forEach((title, rows) -> md.append(table(title, rows, ceilings)));
    if (!commandLine.isBlank()) {
      md.append("## Command line, end to end\n\n")
          .append(
              "From `benchmarks/cli-end-to-end.sh` (default JDK, scalar provider as under `java"
                  + " -jar`): a fresh JVM per run, start-up included, against pandas `read_csv` +"
                  + " scikit-learn inside an already-running Python.\n\n")
          .append(commandLine.strip())
          .append("\n");
    }
    return md.toString();
  }

  private Map<String, List<Measurement>> groupByOperation() {
    // Kernels first, then the user-facing operations, each group by title.
    Map<String, List<Measurement>> groups =
        new TreeMap<>(
            Comparator.comparing((String t) -> !t.startsWith("Kernel:"))
                .thenComparing(Comparator.naturalOrder()));
    for (Measurement m : timings) {
      groups
          .computeIfAbsent(OperationInfo.of(m.className()).title(), t -> new ArrayList<>())
          .add(m);
    }
    return groups;
  }

  private String table(String title, List<Measurement> rows, Ceilings ceilings) {
    List<Variant> peers =
        rows.stream().map(m -> variant(m)).filter(Variant::isBaseline).distinct().sorted().toList();
    Map<String, Map<Variant, Measurement>> byRow = new LinkedHashMap<>();
    for (Measurement m : rows) {
      byRow.computeIfAbsent(m.rowKey(), k -> new LinkedHashMap<>()).put(variant(m), m);
    }
    List<String> classes =
        rows.stream().map(m -> "`" + simpleName(m.className()) + "`").distinct().toList();
    int bytes = OperationInfo.of(rows.get(0).className()).bytesPerElement();
    boolean ceilingTable = rows.stream().allMatch(m -> variant(m) == Variant.CEILING);
    StringBuilder md = new StringBuilder();
    md.append("## ").append(title).append("\n\n");
    md.append("From ").append(String.join(", ", classes));
    if (ceilingTable) {
      md.append("; traffic 8 B/element per array streamed.\n\n");
    } else {
      md.append(bytes > 0 ? "; traffic " + bytes + " B/element.\n\n" : "; traffic not stated.\n\n");
    }
    md.append("| JDK | size | params | variant | ns/call | ns/element | GB/s |");
    peers.forEach(p -> md.append(" × ").append(p.title()).append(" |"));
    md.append(" of ceiling | B/call |\n|---|--:|---|---|--:|--:|--:|");
    peers.forEach(p -> md.append("--:|"));
    md.append("--:|--:|\n");
    List<Measurement> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(Measurement::jdk)
            .thenComparing(Measurement::otherParams)
            .thenComparingLong(Measurement::size)
            .thenComparing(m -> variant(m)));
    for (Measurement m : sorted) {
      long size = m.size();
      Variant variant = variant(m);
      int rowBytes = variant == Variant.CEILING ? OperationInfo.ceilingBytes(m.method()) : bytes;
      double gbPerSecond =
          rowBytes > 0 && size > 0 ? rowBytes * (double) size / m.medianNanos() : 0;
      md.append("| ").append(m.jdk());
      md.append(" | ").append(size > 0 ? String.format(Locale.ROOT, "%,d", size) : "—");
      md.append(" | ").append(m.otherParams().isEmpty() ? "—" : m.otherParams());
      md.append(" | ")
          .append(
              variant == Variant.OTHER
                  ? m.method()
                  : variant == Variant.CEILING
                      ? variant.title() + " (" + m.method() + ")"
                      : variant.title());
      md.append(" | ").append(Format.nanos(m.medianNanos(), m.errorNanos()));
      md.append(" | ").append(size > 0 ? Format.significant(m.medianNanos() / size) : "—");
      md.append(" | ").append(gbPerSecond > 0 ? Format.fixed(gbPerSecond, 1) : "—");
      for (Variant peer : peers) {
        Measurement base = byRow.get(m.rowKey()).get(peer);
        md.append(" | ")
            .append(base == null ? "—" : Format.ratio(base.medianNanos() / m.medianNanos()));
      }
      double ceiling = ceilings.gbPerSecond(m.jdk(), size, bytes);
      md.append(" | ")
          .append(
              gbPerSecond > 0 && ceiling > 0 && variant != Variant.CEILING
                  ? Format.percent(gbPerSecond / ceiling)
                  : "—");
      Double allocated = allocations.get(m.allocationKey());
      md.append(" | ").append(allocated == null ? "—" : Format.fixed(allocated, 0)).append(" |\n");
    }
    md.append('\n');
    return md.toString();
  }

  static Variant variant(Measurement m) {
    return Variant.of(simpleName(m.className()), m.method());
  }

  static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
