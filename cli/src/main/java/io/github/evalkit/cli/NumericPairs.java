package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.csv.CsvFile;
import io.github.evalkit.cli.csv.DecimalParser;
import io.github.evalkit.cli.csv.GrowableDoubles;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.RecordListener;
import java.nio.file.Path;

/**
 * The actual and predicted columns of a regression file, parsed straight from the CSV buffer into
 * primitive arrays (no object per cell).
 */
final class NumericPairs {
  final double[] actual;
  final double[] predicted;
  final long dropped;

  private NumericPairs(double[] actual, double[] predicted, long dropped) {
    this.actual = actual;
    this.predicted = predicted;
    this.dropped = dropped;
  }

  static NumericPairs read(
      Path file, InputOptions input, String actualName, String predictedName, boolean drop) {
    try (CsvFile csv = CsvFile.open(file, input.delimiter)) {
      int[] slots = new int[csv.header().size()];
      java.util.Arrays.fill(slots, -1);
      int a = csv.columnIndex(actualName, "--actual");
      int p = csv.columnIndex(predictedName, "--predicted");
      if (a == p) {
        throw new BadInputException(
            "--actual and --predicted name the same column \"" + actualName + "\"");
      }
      slots[a] = 0;
      slots[p] = 1;
      Listener listener =
          new Listener(csv.source(), input.naTokens(), new String[] {actualName, predictedName});
      csv.readRecords(slots, listener);
      listener.missing.check(csv.source(), actualName, predictedName, drop);
      if (listener.actual.size() == 0) {
        throw new BadInputException(
            csv.source()
                + ": no row left to evaluate"
                + (listener.missing.count() > 0
                    ? " (" + listener.missing.count() + " dropped for missing values)"
                    : " (the file has a header but no data rows)"));
      }
      return new NumericPairs(
          listener.actual.toArray(), listener.predicted.toArray(), listener.missing.count());
    }
  }

  private static final class Listener implements RecordListener {
    private final String source;
    private final NaTokens na;
    private final String[] names;
    private final GrowableDoubles actual = new GrowableDoubles();
    private final GrowableDoubles predicted = new GrowableDoubles();
    private final MissingRows missing = new MissingRows();
    private final double[] row = new double[2];
    private boolean rowMissing;

    Listener(String source, NaTokens na, String[] names) {
      this.source = source;
      this.na = na;
      this.names = names;
    }

    @Override
    public void cell(int slot, char[] buf, int off, int len, long line) {
      if (na.isMissing(buf, off, len)) {
        rowMissing = true;
        return;
      }
      double value = DecimalParser.parse(buf, off, len);
      if (Double.isNaN(value)) {
        throw NumberErrors.notANumber(source, line, names[slot], new String(buf, off, len));
      }
      row[slot] = value;
    }

    @Override
    public void endRecord(long line) {
      if (rowMissing) {
        missing.add(line);
        rowMissing = false;
      } else {
        actual.add(row[0]);
        predicted.add(row[1]);
      }
    }
  }
}
