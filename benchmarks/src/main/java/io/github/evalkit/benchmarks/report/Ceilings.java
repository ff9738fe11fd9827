package io.github.evalkit.benchmarks.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read ceilings of a run: GB/s of the ceiling benchmarks by JDK, size and bytes per element (8
 * for one array, 16 for two).
 */
final class Ceilings {

  private final Map<String, Double> gbPerSecond = new HashMap<>();

  private Ceilings() {}

  /**
   * Collects the ceiling benchmarks among a run's results.
   *
   * @param timings all results
   * @return the ceilings
   */
  static Ceilings of(List<Measurement> timings) {
    Ceilings ceilings = new Ceilings();
    for (Measurement m : timings) {
      if (ResultsReport.variant(m) == Variant.CEILING && m.size() > 0) {
        int bytes = OperationInfo.ceilingBytes(m.method());
        double rate = bytes * (double) m.size() / m.medianNanos();
        ceilings.gbPerSecond.merge(key(m.jdk(), m.size(), bytes), rate, Math::max);
        ceilings.gbPerSecond.merge(key(m.jdk(), m.size(), 0), rate, Math::max);
      }
    }
    return ceilings;
  }

  /**
   * The ceiling to compare an operation with: the one streaming as many bytes per element, else the
   * fastest, measured on the same JDK at the same size.
   *
   * @param jdk the JDK label
   * @param size number of elements
   * @param bytesPerElement the operation's traffic
   * @return GB/s, or 0 when no ceiling was measured there
   */
  double gbPerSecond(String jdk, long size, int bytesPerElement) {
    Double exact = gbPerSecond.get(key(jdk, size, bytesPerElement));
    if (exact != null) {
      return exact;
    }
    return gbPerSecond.getOrDefault(key(jdk, size, 0), 0.0);
  }

  private static String key(String jdk, long size, int bytes) {
    return jdk + "/" + size + "/" + bytes;
  }
}
