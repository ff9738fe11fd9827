package io.github.evalkit.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speed targets evalkit's kernels are held to, checked against one run: for each target,
 * operation and JDK, the worst row among those the target covers, and whether it meets the bar.
 */
final class Targets {

  private static final Set<Long> IN_CACHE = Set.of(1_000L, 1_023L, 100_000L);
  private static final Set<Long> TARGET_IN_CACHE = Set.of(1_000L, 100_000L);
  private static final long OUT_OF_CACHE = 10_000_000L;

  private Targets() {}

  /** A bar on the speed-up over the naive loop, or on the fraction of the read ceiling. */
  private record Target(
      String text,
      String operation,
      Set<Variant> variants,
      Set<Long> sizes,
      boolean vsCeiling,
      double bar) {}

  private static final List<Target> TARGETS =
      List.of(
          new Target(
              "vector ≥ 4× naive at 1,000 and 100,000",
              "Kernel: sum of squared errors",
              Set.of(Variant.EVALKIT_VECTOR),
              TARGET_IN_CACHE,
              false,
              4.0),
          new Target(
              "reference, not a target: uncompensated plain vector lanes against the same 4× bar"
                  + " (what the hardware allows)",
              "Kernel: sum of squared errors",
              Set.of(Variant.PLAIN_VECTOR_LANES),
              TARGET_IN_CACHE,
              false,
              4.0),
          new Target(
              "≥ 90% of the two-array read ceiling at 10,000,000 (both providers)",
              "Kernel: sum of squared errors",
              Set.of(Variant.EVALKIT_SCALAR, Variant.EVALKIT_VECTOR),
              Set.of(OUT_OF_CACHE),
              true,
              0.9),
          scalarNoSlower("Kernel: sum of squared errors"),
          scalarNoSlower("Kernel: sum of absolute errors"),
          scalarNoSlower("Kernel: sum"),
          scalarNoSlower("Kernel: count NaN"),
          scalarNoSlower("Kernel: mean ignoring NaN"),
          scalarNoSlower("Kernel: replace NaN"),
          scalarNoSlower("Kernel: count pairs"),
          new Target(
              "vector ≥ 2.5× naive in cache",
              "Kernel: replace NaN",
              Set.of(Variant.EVALKIT_VECTOR),
              IN_CACHE,
              false,
              2.5),
          new Target(
              "vector ≥ 2.5× naive in cache",
              "Kernel: mean ignoring NaN",
              Set.of(Variant.EVALKIT_VECTOR),
              IN_CACHE,
              false,
              2.5),
          new Target(
              "no slower than naive (both providers, any size)",
              "Kernel: forward fill",
              Set.of(Variant.EVALKIT_SCALAR, Variant.EVALKIT_VECTOR),
              Set.of(),
              false,
              1.0));

  /** The bar on the scalar provider: as fast as the naive loop or faster, at every size. */
  private static Target scalarNoSlower(String operation) {
    return new Target(
        "scalar no slower than naive at any size",
        operation,
        Set.of(Variant.EVALKIT_SCALAR),
        Set.of(),
        false,
        1.0);
  }

  /**
   * Renders the targets section.
   *
   * @param byOperation a run's results by operation title
   * @param ceilings the run's read ceilings
   * @param allocations bytes per call from the allocation pass
   * @return markdown
   */
  static String render(
      Map<String, List<Measurement>> byOperation,
      Ceilings ceilings,
      Map<String, Double> allocations) {
    StringBuilder md = new StringBuilder("## Speed targets\n\n");
    md.append(
        "The bars set for the core kernels, checked against this run: for each JDK, the worst"
            + " row the bar covers. Noise on a shared machine can move a ratio by 10-20%.\n\n");
    md.append("| operation | target | JDK | worst row | measured | met |\n");
    md.append("|---|---|---|---|--:|:-:|\n");
    for (Target target : TARGETS) {
      List<Measurement> rows = byOperation.getOrDefault(target.operation(), List.of());
      rows.stream()
          .map(Measurement::jdk)
          .distinct()
          .sorted()
          .forEach(jdk -> md.append(row(target, jdk, rows, ceilings)));
      if (rows.isEmpty()) {
        md.append("| ")
            .append(target.operation())
            .append(" | ")
            .append(target.text())
            .append(" | — | not measured | — | — |\n");
      }
    }
    md.append(allocationRow(byOperation, allocations));
    md.append('\n');
    return md.toString();
  }

  private static String row(Target target, String jdk, List<Measurement> rows, Ceilings ceilings) {
    double worst = Double.POSITIVE_INFINITY;
    Measurement worstRow = null;
    for (Measurement m : rows) {
      Variant variant = ResultsReport.variant(m);
      boolean covered =
          m.jdk().equals(jdk)
              && target.variants().contains(variant)
              && (target.sizes().isEmpty() || target.sizes().contains(m.size()));
      if (!covered) {
        continue;
      }
      double value = measure(target, m, rows, ceilings);
      if (!Double.isNaN(value) && value < worst) {
        worst = value;
        worstRow = m;
      }
    }
    String measured;
    String met;
    String where;
    if (worstRow == null) {
      measured = "—";
      met = "—";
      where = "not measured";
    } else {
      measured = target.vsCeiling() ? Format.percent(worst) : Format.ratio(worst);
      met = worst >= target.bar() ? "yes" : "**no**";
      Variant variant = ResultsReport.variant(worstRow);
      where =
          variant.title()
              + ", "
              + String.format(java.util.Locale.ROOT, "%,d", worstRow.size())
              + (worstRow.otherParams().isEmpty() ? "" : ", " + worstRow.otherParams());
    }
    return "| "
        + target.operation()
        + " | "
        + target.text()
        + " | "
        + jdk
        + " | "
        + where
        + " | "
        + measured
        + " | "
        + met
        + " |\n";
  }

  private static double measure(
      Target target, Measurement m, List<Measurement> rows, Ceilings ceilings) {
    if (target.vsCeiling()) {
      int bytes = OperationInfo.of(m.className()).bytesPerElement();
      double ceiling = ceilings.gbPerSecond(m.jdk(), m.size(), bytes);
      return ceiling > 0 ? bytes * (double) m.size() / m.medianNanos() / ceiling : Double.NaN;
    }
    for (Measurement base : rows) {
      if (base.rowKey().equals(m.rowKey()) && ResultsReport.variant(base) == Variant.NAIVE) {
        return base.medianNanos() / m.medianNanos();
      }
    }
    return Double.NaN;
  }

  private static String allocationRow(
      Map<String, List<Measurement>> byOperation, Map<String, Double> allocations) {
    // The excess over the naive loop, which allocates only its result: what a kernel allocates
    // "beyond its result".
    double worst = Double.NEGATIVE_INFINITY;
    String where = "not measured";
    for (Map.Entry<String, List<Measurement>> operation : byOperation.entrySet()) {
      if (!operation.getKey().startsWith("Kernel:")) {
        continue;
      }
      for (Measurement m : operation.getValue()) {
        Variant variant = ResultsReport.variant(m);
        Double bytes = allocations.get(m.allocationKey());
        boolean evalkit = variant == Variant.EVALKIT_SCALAR || variant == Variant.EVALKIT_VECTOR;
        if (!evalkit || bytes == null) {
          continue;
        }
        double excess = Math.max(0, bytes - naiveAllocation(operation.getValue(), m, allocations));
        if (excess > worst) {
          worst = excess;
          where =
              operation.getKey()
                  + ", "
                  + variant.title()
                  + ", "
                  + String.format(java.util.Locale.ROOT, "%,d", m.size())
                  + (m.otherParams().isEmpty() ? "" : ", " + m.otherParams());
        }
      }
    }
    boolean measured = worst != Double.NEGATIVE_INFINITY;
    // Below 16 bytes per call no object can have been allocated: it is the profiler's noise.
    String met = !measured ? "—" : worst < 16 ? "yes" : "**no**";
    String value = !measured ? "—" : Format.fixed(worst, 1) + " B/call";
    return "| every kernel | no allocation per call beyond the result (-prof gc; excess over the"
        + " naive loop) | all | "
        + where
        + " | "
        + value
        + " | "
        + met
        + " |\n";
  }

  private static double naiveAllocation(
      List<Measurement> rows, Measurement m, Map<String, Double> allocations) {
    for (Measurement base : rows) {
      if (base.rowKey().equals(m.rowKey()) && ResultsReport.variant(base) == Variant.NAIVE) {
        Double bytes = allocations.get(base.allocationKey());
        return bytes == null ? 0 : bytes;
      }
    }
    return 0;
  }
}
