package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.cli.csv.CsvFile;
import io.github.evalkit.cli.csv.GrowableInts;
import io.github.evalkit.cli.csv.LabelDictionary;
import io.github.evalkit.cli.csv.NaTokens;
import io.github.evalkit.cli.csv.RecordListener;
import java.nio.file.Path;
import java.util.List;

/**
 * The actual and predicted label columns of a classification file as codes into one label list (in
 * order of first appearance); a repeated label costs no allocation.
 */
final class LabelPairs {
  final List<String> labels;
  final int[] actual;
  final int[] predicted;
  final long dropped;

  private LabelPairs(List<String> labels, int[] actual, int[] predicted, long dropped) {
    this.labels = labels;
    this.actual = actual;
    this.predicted = predicted;
    this.dropped = dropped;
  }

  static LabelPairs read(
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
      Listener listener = new Listener(input.naTokens());
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
      return new LabelPairs(
          listener.dictionary.labels(),
          listener.actual.toArray(),
          listener.predicted.toArray(),
          listener.missing.count());
    }
  }

  private static final class Listener implements RecordListener {
    private final NaTokens na;
    private final LabelDictionary dictionary = new LabelDictionary();
    private final GrowableInts actual = new GrowableInts();
    private final GrowableInts predicted = new GrowableInts();
    private final MissingRows missing = new MissingRows();
    private final int[] row = new int[2];
    private boolean rowMissing;

    Listener(NaTokens na) {
      this.na = na;
    }

    @Override
    public void cell(int slot, char[] buf, int off, int len, long line) {
      if (na.isMissing(buf, off, len)) {
        rowMissing = true;
      } else {
        row[slot] = dictionary.codeOf(buf, off, len);
      }
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
