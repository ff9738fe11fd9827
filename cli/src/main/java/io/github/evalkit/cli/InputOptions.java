package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.NaTokens;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command that reads CSV shares: delimiter and missing-value tokens. */
final class InputOptions {

  @Option(
      names = "--delimiter",
      paramLabel = "C",
      converter = DelimiterConverter.class,
      description =
          "Field delimiter for every file read and written (default ','). One character;"
              + " '\\t' or 'tab' for a tab.")
  char delimiter = ',';

  @Option(
      names = "--na-values",
      paramLabel = "LIST",
      description =
          // Line breaks set by hand: the help's line wrapping would split 1.#QNAN after the dot.
          "Comma-separated cell texts that mean missing, replacing the default list"
              + " (pandas'):%n"
              + "'', #N/A, #N/A N/A, #NA, -1.#IND, -1.#QNAN,%n"
              + "-NaN, -nan, 1.#IND, 1.#QNAN, <NA>, N/A, NA,%n"
              + "NULL, NaN, None, n/a, nan, null.%n"
              + "An empty cell is always missing; tokens are compared exactly, without"
              + " trimming.")
  String naValues;

  NaTokens naTokens() {
    return NaTokens.parse(naValues);
  }

  /** Converts {@code --delimiter}: a single character other than a quote or line break. */
  static final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      String v = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
      if (v.length() != 1 || v.charAt(0) == '"' || v.charAt(0) == '\n' || v.charAt(0) == '\r') {
        throw new TypeConversionException(
            "--delimiter must be one character other than a quote or a line break, not \""
                + value
                + "\"");
      }
      return v.charAt(0);
    }
  }
}
