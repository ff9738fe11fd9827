package io.github.evalkit.cli.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for the common case: two numeric columns of a plain CSV file, read from the bytes
 * of the memory-mapped file, in parallel chunks on large files, with no object per cell.
 *
 * <p>"Plain" means: no double quote anywhere, line ends {@code \n} or {@code \r\n}, every byte
 * ASCII. It accepts only what the general reader ({@link CsvFile} with the same grammar) would
 * accept with the same result: each selected cell goes through the same {@link NaTokens} and {@link
 * DecimalParser}. At the first thing it does not handle, or any error (a bad number, a wrong field
 * count, a limit), it gives up and returns {@code null}, and the caller reads the file with the
 * general reader, which then reports the error with its usual message. Errors are therefore the
 * general reader's by construction; the agreement of successful reads is tested.
 *
 * <p>Memory: the mapping is not on the heap; the heap holds the growing columns only. Thread-safe:
 * each call is independent.
 */
public final class PlainNumericReader {

  /** The number of lines whose mean length sizes the columns. */
  private static final long PRESIZE_AFTER = 4096;

  /** Below this size a file is read in one chunk: a thread costs more than it saves. */
  private static final long MIN_PARALLEL_BYTES = 4 << 20;

  /** The columns of a plain file, and the rows skipped for a missing cell. */
  public static final class Result {
    /** The first selected column, rows with a missing cell left out. */
    public final double[] first;

    /** The second selected column, aligned with {@link #first}. */
    public final double[] second;

    /** How many rows had a missing cell in either selected column. */
    public final long missingRows;

    /** The physical lines (1-based) of the first such rows, at most {@link #SHOWN}, ascending. */
    public final List<Long> firstMissingLines;

    /** How many missing lines are remembered. */
    public static final int SHOWN = 5;

    private Result(double[] first, double[] second, long missingRows, List<Long> lines) {
      this.first = first;
      this.second = second;
      this.missingRows = missingRows;
      this.firstMissingLines = lines;
    }
  }

  private PlainNumericReader() {}

  /**
   * Reads two numeric columns of a plain file, or says it cannot.
   *
   * @param file the file (its header already validated by {@link CsvFile}); anything but a regular
   *     file (a pipe, say) is left to the general reader
   * @param delimiter the field delimiter
   * @param fieldCount the number of fields of the header, which every record must have
   * @param firstColumn the 0-based index of the first column to read
   * @param secondColumn the 0-based index of the second column (another one)
   * @param na the missing-value tokens
   * @return the columns, or {@code null} when the general reader must read the file
   */
  public static Result read(
      Path file, char delimiter, int fieldCount, int firstColumn, int secondColumn, NaTokens na) {
    return read(file, delimiter, fieldCount, firstColumn, secondColumn, na, 0);
  }

  /**
   * As {@link #read(Path, char, int, int, int, NaTokens)}, with a given number of chunks (tests).
   *
   * @param chunks the number of chunks (at most one per line); 0 chooses by size and cores
   */
  static Result read(
      Path file,
      char delimiter,
      int fieldCount,
      int firstColumn,
      int secondColumn,
      NaTokens na,
      int chunks) {
    if (delimiter >= 0x80
        || delimiter == '"'
        || fieldCount > CsvFile.MAX_COLUMNS
        || !Files.isRegularFile(file)) {
      return null;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size >= Integer.MAX_VALUE || size == 0) {
        return null;
      }
      ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      int dataStart = afterHeader(bytes);
      if (dataStart < 0) {
        return null;
      }
      int[] bounds = chunkBounds(bytes, dataStart, (int) size, chunks);
      ChunkReader[] readers = new ChunkReader[bounds.length - 1];
      for (int i = 0; i < readers.length; i++) {
        readers[i] =
            new ChunkReader(
                bytes.duplicate(),
                bounds[i],
                bounds[i + 1],
                (byte) delimiter,
                fieldCount,
                firstColumn,
                secondColumn,
                na);
      }
      if (!runAll(readers)) {
        return null;
      }
      return merge(readers, lineOf(bytes, dataStart));
    } catch (IOException | UnsupportedOperationException e) {
      return null; // the general reader reports unreadable files
    }
  }

  /**
   * Where the data starts: after a BOM, any blank lines and the header line; -1 when the header is
   * not plain.
   */
  private static int afterHeader(ByteBuffer bytes) {
    int limit = bytes.limit();
    int i = 0;
    if (limit >= 3
        && (bytes.get(0) & 0xFF) == 0xEF
        && (bytes.get(1) & 0xFF) == 0xBB
        && (bytes.get(2) & 0xFF) == 0xBF) {
      i = 3;
    }
    boolean content = false;
    for (; i < limit; i++) {
      byte b = bytes.get(i);
      if (b == '"') {
        return -1;
      }
      if (b == '\r') {
        if (i + 1 >= limit || bytes.get(i + 1) != '\n') {
          return -1; // a lone carriage return ends a line too: left to the general reader
        }
        continue;
      }
      if (b == '\n') {
        if (content) {
          return i + 1;
        }
      } else if (b != ' ' && b != '\t') {
        content = true; // a line of only spaces and tabs is blank
      }
    }
    return content ? limit : -1; // a header without a line feed: no data
  }

  /** The 1-based physical line at a position: one more than the line ends before it. */
  private static long lineOf(ByteBuffer bytes, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes.get(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Chunk boundaries, each (but the first) just after a line feed. */
  private static int[] chunkBounds(ByteBuffer bytes, int start, int end, int wanted) {
    int cores = Runtime.getRuntime().availableProcessors();
    long length = (long) end - start;
    int chunks =
        wanted > 0
            ? wanted
            : (int) Math.max(1, Math.min(Math.min(cores, 4), length / MIN_PARALLEL_BYTES));
    int[] bounds = new int[chunks + 1];
    bounds[0] = start;
    for (int c = 1; c < chunks; c++) {
      int at = (int) (start + length * c / chunks);
      at = Math.max(at, bounds[c - 1]);
      while (at < end && bytes.get(at - 1) != '\n') {
        at++;
      }
      bounds[c] = at;
    }
    bounds[chunks] = end;
    return bounds;
  }

  /** Runs the chunks, the first on this thread; false when any of them gave up. */
  private static boolean runAll(ChunkReader[] chunks) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i < chunks.length; i++) {
      Thread t = new Thread(chunks[i], "evalkit-csv-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    chunks[0].run();
    boolean ok = chunks[0].ok;
    for (int i = 0; i < threads.size(); i++) {
      try {
        threads.get(i).join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      ok &= chunks[i + 1].ok;
    }
    return ok;
  }

  private static Result merge(ChunkReader[] chunks, long firstDataLine) {
    int rows = 0;
    long missing = 0;
    for (ChunkReader c : chunks) {
      rows = Math.addExact(rows, c.first.size());
      missing += c.missingRows;
    }
    double[] first = new double[rows];
    double[] second = new double[rows];
    List<Long> lines = new ArrayList<>(Result.SHOWN);
    int at = 0;
    long lineBase = firstDataLine;
    for (ChunkReader c : chunks) {
      c.first.copyInto(first, at);
      c.second.copyInto(second, at);
      at += c.first.size();
      for (int i = 0; i < c.shownMissing && lines.size() < Result.SHOWN; i++) {
        lines.add(lineBase + c.missingLineOffsets[i]);
      }
      lineBase += c.lineEnds;
    }
    return new Result(first, second, missing, List.copyOf(lines));
  }

  /**
   * Reads one chunk of whole lines through a heap buffer (plain array access is what both the
   * interpreter and the compilers handle best); sets {@link #ok} when it read all of it.
   */
  private static final class ChunkReader implements Runnable {
    /** The buffer: a line longer than this goes to the general reader. */
    private static final int BUFFER_BYTES = 1 << 20;

    private final ByteBuffer bytes;
    private final int start;
    private final int end;
    private final byte delimiter;
    private final int fieldCount;
    private final int firstColumn;
    private final int secondColumn;
    private final NaTokens na;
    private final char[] cell = new char[64];
    private byte[] buf;
    private int bufFrom; // the file position of buf[0]
    private int bufLength;

    final GrowableDoubles first = new GrowableDoubles();
    final GrowableDoubles second = new GrowableDoubles();
    long missingRows;
    final long[] missingLineOffsets = new long[Result.SHOWN];
    int shownMissing;
    long lineEnds;
    boolean ok;

    ChunkReader(
        ByteBuffer bytes,
        int start,
        int end,
        byte delimiter,
        int fieldCount,
        int firstColumn,
        int secondColumn,
        NaTokens na) {
      this.bytes = bytes;
      this.start = start;
      this.end = end;
      this.delimiter = delimiter;
      this.fieldCount = fieldCount;
      this.firstColumn = firstColumn;
      this.secondColumn = secondColumn;
      this.na = na;
    }

    @Override
    public void run() {
      try {
        ok = readAll();
      } catch (RuntimeException e) {
        ok = false; // e.g. a column past Integer.MAX_VALUE rows: the general reader decides
      }
    }

    private boolean readAll() {
      buf = new byte[Math.min(BUFFER_BYTES, end - start)];
      bufFrom = start;
      bufLength = 0;
      int i = 0; // the next line's start, in buf
      while (bufFrom + i < end) {
        int lineEnd = lineFeedFrom(i);
        if (lineEnd < 0) {
          // The line runs past the buffer: keep its start, read on.
          refill(i);
          i = 0;
          lineEnd = lineFeedFrom(0);
          if (lineEnd < 0) {
            if (bufFrom + bufLength < end) {
              return false; // a line longer than the buffer
            }
            lineEnd = bufLength; // the last line, without a line feed
          }
        }
        if (!readLine(i, lineEnd)) {
          return false;
        }
        lineEnds++;
        i = lineEnd + 1;
        if (lineEnds == PRESIZE_AFTER) {
          presize(bufFrom + i);
        }
      }
      return true;
    }

    /** The position of the next line feed in the buffer from {@code i}, or -1. */
    private int lineFeedFrom(int i) {
      byte[] b = buf;
      for (int k = i; k < bufLength; k++) {
        if (b[k] == '\n') {
          return k;
        }
      }
      return -1;
    }

    /** Moves the bytes from {@code keep} to the front and fills the rest from the file. */
    private void refill(int keep) {
      int kept = bufLength - keep;
      System.arraycopy(buf, keep, buf, 0, kept);
      bufFrom += keep;
      int more = Math.min(buf.length - kept, end - (bufFrom + kept));
      bytes.get(bufFrom + kept, buf, kept, more);
      bufLength = kept + more;
    }

    /**
     * Sizes the columns for the whole chunk from the mean length of the lines read so far, so that
     * a large file is not copied again and again as the columns grow.
     */
    private void presize(int position) {
      long perLine = Math.max(1, (position - start) / lineEnds);
      long expected = (end - start) / perLine;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, expected + expected / 16 + 16);
      first.ensureCapacity(capacity);
      second.ensureCapacity(capacity);
    }

    /**
     * Reads the line {@code buf[from, to)} (without its line feed): a blank line, or a record;
     * false when it is not plain or not valid.
     */
    private boolean readLine(int from, int to) {
      if (to > from && buf[to - 1] == '\r') {
        to--; // CRLF
      }
      if (to == from) {
        return true; // a blank line
      }
      double a = 0;
      double p = 0;
      boolean missing = false;
      int field = 0;
      int fieldStart = from;
      for (int i = from; i <= to; i++) {
        byte b = i < to ? buf[i] : delimiter;
        if (b == delimiter) {
          if (field == firstColumn || field == secondColumn) {
            double v = parseCell(fieldStart, i);
            if (v != v) { // NaN: a missing cell
              missing = true;
            } else if (v == Double.POSITIVE_INFINITY) {
              return false; // not a number: the general reader reports it
            } else if (field == firstColumn) {
              a = v;
            } else {
              p = v;
            }
          }
          field++;
          fieldStart = i + 1;
        } else if (b == '"' || b == '\r' || b < 0) {
          // Quoted, a lone carriage return (a line end to the general reader), or non-ASCII
          // (the general reader checks that it is UTF-8).
          return false;
        }
      }
      if (field != fieldCount) {
        return false;
      }
      if (missing) {
        if (shownMissing < Result.SHOWN) {
          missingLineOffsets[shownMissing++] = lineEnds;
        }
        missingRows++;
      } else {
        first.add(a);
        second.add(p);
      }
      return true;
    }

    /**
     * A selected cell: its value, NaN when missing, or +infinity when it is not a number or not
     * plain (which the general reader then reports).
     */
    private double parseCell(int from, int to) {
      int len = to - from;
      if (len > cell.length) {
        return Double.POSITIVE_INFINITY; // a long cell is rare in a numeric column
      }
      for (int k = 0; k < len; k++) {
        byte b = buf[from + k];
        if (b < 0) {
          return Double.POSITIVE_INFINITY; // non-ASCII
        }
        cell[k] = (char) b;
      }
      if (na.isMissing(cell, 0, len)) {
        return Double.NaN;
      }
      double v = DecimalParser.parse(cell, 0, len);
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
  }
}
