package io.github.evalkit.tribuo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The label order evalkit's command line uses: ascending by value when every label is a finite
 * decimal number (ties by text, so {@code "1"} comes before {@code "1.0"}), otherwise by {@link
 * String#compareTo}. Stateless and thread-safe.
 */
final class LabelOrder {

  private LabelOrder() {}

  static List<String> sorted(Collection<String> labels) {
    List<String> result = new ArrayList<>(labels);
    if (!result.isEmpty() && result.stream().allMatch(LabelOrder::isNumber)) {
      // BigDecimal compares exactly, so labels that differ past double precision keep their order
      result.sort(
          Comparator.comparing((String s) -> new BigDecimal(s.strip()))
              .thenComparing(Comparator.naturalOrder()));
    } else {
      result.sort(Comparator.naturalOrder());
    }
    return result;
  }

  private static boolean isNumber(String s) {
    String t = s.strip();
    if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return false;
    }
    return Double.isFinite(Double.parseDouble(t));
  }
}
