package io.github.evalkit.benchmarks.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of the report: fixed locale, so the file does not depend on the machine's. */
final class Format {

  private Format() {}

  /** "1,234,567 ± 8,901", one decimal below 100 ns; "—" for the error when unknown. */
  static String nanos(double median, double error) {
    int decimals = median < 100 ? 1 : 0;
    String m = fixed(median, decimals);
    return Double.isNaN(error) ? m + " ± —" : m + " ± " + fixed(error, decimals);
  }

  /** Grouped, with the given number of decimals. */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Three significant digits, plain notation: 0.000123, 1.23, 123, 1,230. */
  static String significant(double value) {
    if (!Double.isFinite(value) || value == 0) {
      return String.valueOf(value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
    return rounded.scale() <= 0
        ? String.format(Locale.ROOT, "%,d", rounded.toBigInteger())
        : rounded.toPlainString();
  }

  /** "4.21×". */
  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  /** "93%". */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }
}
