package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts rows with a missing actual or predicted cell and remembers the first five lines, for the
 * error that {@code --drop-missing} avoids.
 */
final class MissingRows {
  private static final int SHOWN = 5;

  private final List<Long> firstLines = new ArrayList<>(SHOWN);
  private long count;

  void add(long line) {
    if (firstLines.size() < SHOWN) {
      firstLines.add(line);
    }
    count++;
  }

  /** Adds rows counted elsewhere: their first lines (ascending) and their total count. */
  void addAll(List<Long> lines, long total) {
    for (long line : lines) {
      if (firstLines.size() < SHOWN) {
        firstLines.add(line);
      }
    }
    count += total;
  }

  long count() {
    return count;
  }

  /** Throws unless rows may be dropped or none is missing. */
  void check(String source, String actual, String predicted, boolean dropMissing) {
    if (count == 0 || dropMissing) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (long line : firstLines) {
      lines.append(lines.length() == 0 ? "" : ", ").append(line);
    }
    throw new BadInputException(
        source
            + ": "
            + count
            + (count == 1 ? " row has" : " rows have")
            + " a missing value in column \""
            + actual
            + "\" or \""
            + predicted
            + "\" ("
            + (count > SHOWN ? "first lines " : count == 1 ? "line " : "lines ")
            + lines
            + "); pass --drop-missing to skip such rows");
  }
}
