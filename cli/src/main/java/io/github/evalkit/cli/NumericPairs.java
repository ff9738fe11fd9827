package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.csv.CsvFile;
import io.github.evalkit.cli.csv.DecimalParser;
import io.github.evalkit.cli.csv.GrowableDoubles;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.PlainNumericReader;
import io.github.evalkit.cli.csv.RecordListener;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The actual and predicted columns of a regression file, parsed straight from the file into
 * primitive arrays (no object per cell): by {@link PlainNumericReader} when the file is plain (no
 * quotes, {@code \n} or {@code \r\n} line ends), else, and for every error message, by the general
 * RFC 4180 reader {@link CsvFile}. Both apply the same grammar, so the result is the same.
 *
 * <p>Public for the benchmarks; the command line is evalkit's interface. Immutable once read.
 */
public final class NumericPairs {
  private final double[] actual;
  private final double[] predicted;
  private final long dropped;

  private NumericPairs(double[] actual, double[] predicted, long dropped) {
    this.actual = actual;
    this.predicted = predicted;
    this.dropped = dropped;
  }

  /**
   * The actual values of the rows kept.
   *
   * @return the array itself (not a copy)
   */
  public double[] actual() {
    return actual;
  }

  /**
   * The predicted values of the rows kept, aligned with {@link #actual()}.
   *
   * @return the array itself (not a copy)
   */
  public double[] predicted() {
    return predicted;
  }

  /**
   * The number of rows dropped for a missing cell.
   *
   * @return the count
   */
  public long dropped() {
    return dropped;
  }

  static NumericPairs read(
      Path file, InputOptions input, String actualName, String predictedName, boolean drop) {
    return read(file, input.delimiter, input.naTokens(), actualName, predictedName, drop, true);
  }

  /**
   * Reads the two columns as {@code evalkit regress} does.
   *
   * @param file the CSV file
   * @param delimiter the field delimiter
   * @param na the missing-value tokens
   * @param actualName the actual column's name
   * @param predictedName the predicted column's name
   * @param drop whether rows with a missing cell are dropped (else they are an error)
   * @param fastPath whether plain files may take the fast path ({@code false}: always the general
   *     reader, for comparisons)
   * @return the columns
   * @throws BadInputException naming file, line, column and value, as the command reports it
   */
  public static NumericPairs read(
      Path file,
      char delimiter,
      NaTokens na,
      String actualName,
      String predictedName,
      boolean drop,
      boolean fastPath) {
    String source;
    int a;
    int p;
    int fieldCount;
    try (CsvFile csv = CsvFile.open(file, delimiter)) {
      source = csv.source();
      a = csv.columnIndex(actualName, "--actual");
      p = csv.columnIndex(predictedName, "--predicted");
      if (a == p) {
        throw new BadInputException(
            "--actual and --predicted name the same column \"" + actualName + "\"");
      }
      fieldCount = csv.header().size();
      // A pipe (e.g. bash's <(...)) can be read only once: the general reader reads it on.
      if (!fastPath || !Files.isRegularFile(file)) {
        return readGeneral(csv, a, p, na, actualName, predictedName, drop);
      }
    }
    PlainNumericReader.Result plain =
        PlainNumericReader.read(file, delimiter, fieldCount, a, p, na);
    if (plain == null) {
      try (CsvFile csv = CsvFile.open(file, delimiter)) {
        return readGeneral(csv, a, p, na, actualName, predictedName, drop);
      }
    }
    MissingRows missing = new MissingRows();
    missing.addAll(plain.firstMissingLines, plain.missingRows);
    return checked(source, plain.first, plain.second, missing, actualName, predictedName, drop);
  }

  private static NumericPairs readGeneral(
      CsvFile csv,
      int a,
      int p,
      NaTokens na,
      String actualName,
      String predictedName,
      boolean drop) {
    int[] slots = new int[csv.header().size()];
    java.util.Arrays.fill(slots, -1);
    slots[a] = 0;
    slots[p] = 1;
    Listener listener = new Listener(csv.source(), na, new String[] {actualName, predictedName});
    csv.readRecords(slots, listener);
    return checked(
        csv.source(),
        listener.actual.toArray(),
        listener.predicted.toArray(),
        listener.missing,
        actualName,
        predictedName,
        drop);
  }

  private static NumericPairs checked(
      String source,
      double[] actual,
      double[] predicted,
      MissingRows missing,
      String actualName,
      String predictedName,
      boolean drop) {
    missing.check(source, actualName, predictedName, drop);
    if (actual.length == 0) {
      throw new BadInputException(
          source
              + ": no row left to evaluate"
              + (missing.count() > 0
                  ? " (" + missing.count() + " dropped for missing values)"
                  : " (the file has a header but no data rows)"));
    }
    return new NumericPairs(actual, predicted, missing.count());
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
