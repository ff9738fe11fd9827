package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;

/** The messages for cells that are not numbers where numbers are needed. */
final class NumberErrors {
  private NumberErrors() {}

  static BadInputException notANumber(String source, long line, String column, String value) {
    return new BadInputException(
        source
            + ", line "
            + line
            + ", column \""
            + column
            + "\": "
            + quote(value)
            + " is not a finite decimal number"
            + hint(value));
  }

  static String quote(String value) {
    return "\"" + value.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  private static String hint(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.contains("inf")) {
      return " (infinite values are not accepted)";
    }
    if (v.startsWith("0x") || v.startsWith("-0x") || v.startsWith("+0x")) {
      return " (hexadecimal is not accepted)";
    }
    if (v.endsWith("d") || v.endsWith("f")) {
      return " (Java type suffixes are not accepted)";
    }
    if (v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)e[+-]?\\d+")) {
      return " (it overflows a double)";
    }
    return "";
  }
}
