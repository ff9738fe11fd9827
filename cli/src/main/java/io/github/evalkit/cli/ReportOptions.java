package io.github.evalkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Output options shared by {@code classify} and {@code regress}. */
final class ReportOptions {

  /** The report formats. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  /** Converts {@code --format}, case-insensitively, naming the values as the help spells them. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected text, json or markdown, not \"" + value + "\"");
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "text, json or markdown (default text). JSON carries full double precision and null"
              + " for undefined values; text and Markdown round to 3 decimals.")
  Format format = Format.TEXT;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the report to FILE (through a temporary file and an atomic move) instead of"
              + " stdout. May not be an input file.")
  Path output;

  @Option(
      names = "--explain",
      description = "Text and Markdown: show each formula with its numbers.")
  boolean explain;

  @Option(
      names = "--drop-missing",
      description =
          "Skip rows whose actual or predicted cell is missing and count them in 'dropped'."
              + " Without it such rows are an error naming up to the first five lines.")
  boolean dropMissing;
}
