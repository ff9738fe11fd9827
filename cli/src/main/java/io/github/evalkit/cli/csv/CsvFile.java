package io.github.evalkit.cli.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * An RFC 4180 CSV file read as a stream: the header first, then the data records pushed cell by
 * cell to a {@link RecordListener}, so memory holds only what the listener keeps.
 *
 * <p>Rules: a header row is required; a leading UTF-8 BOM is ignored; blank lines (empty, or only
 * spaces and tabs outside quotes) are skipped; quoted fields may hold the delimiter, quotes ({@code
 * ""}) and newlines; a record with another field count than the header is an error naming the
 * physical line where it starts. A field longer than {@link #MAX_FIELD_CHARS} characters or a
 * record with more than {@link #MAX_COLUMNS} fields is an error rather than a reason to run out of
 * memory.
 *
 * <p>Not thread-safe; one instance reads one file once.
 */
public final class CsvFile implements AutoCloseable {

  /** The largest number of fields in a record. */
  public static final int MAX_COLUMNS = 100_000;

  /** The longest field, in characters (1 Mi). */
  public static final int MAX_FIELD_CHARS = 1 << 20;

  /** The parser's buffer bound: a record beyond it is reported rather than buffered. */
  private static final int MAX_BUFFER_CHARS = 16 << 20;

  private final Path file;
  private final String source;
  private final Handler handler;
  private final CsvReader<Object> reader;
  private final Iterator<Object> records;
  private final List<String> header;

  private CsvFile(Path file, String source, Handler handler, CsvReader<Object> reader) {
    this.file = file;
    this.source = source;
    this.handler = handler;
    this.reader = reader;
    this.records = reader.iterator();
    while (!handler.headerSeen) {
      if (!next()) {
        throw new BadInputException(source + ": the file is empty; a header row is required");
      }
    }
    this.header = List.copyOf(handler.headerCells);
    handler.headerSize = header.size();
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file
   * @param delimiter the field delimiter
   * @return the open file, positioned after the header
   * @throws BadInputException when the file is missing, unreadable, empty or malformed
   */
  public static CsvFile open(Path file, char delimiter) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new BadInputException(source + ": is a directory, not a CSV file");
    }
    try {
      Handler handler = new Handler(source);
      // The BOM is skipped here: FastCSV 4.0.0's own detection misreads files under 4 bytes.
      // A pipe (bash's <(...), /dev/stdin) through FileInputStream: the channel stream of
      // Files.newInputStream asks a pipe for its position and fails with "Illegal seek".
      InputStream raw =
          Files.exists(file) && !Files.isRegularFile(file)
              ? new FileInputStream(file.toFile())
              : Files.newInputStream(file);
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      skipBom(in);
      CsvReader<Object> reader =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              // FastCSV 4.0.0's strict parser silently drops a record whose quoted field holds
              // a lone carriage return; its relaxed parser, chosen by this option, keeps it.
              .trimWhitespacesAroundQuotes(true)
              .maxBufferSize(MAX_BUFFER_CHARS)
              .build(handler, new InputStreamReader(in, strictUtf8()));
      try {
        return new CsvFile(file, source, handler, reader);
      } catch (RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(source + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(source + ": cannot read the file: " + e.getMessage());
    }
  }

  /**
   * A UTF-8 decoder that fails on malformed bytes: the default one would replace them with U+FFFD,
   * merging distinct labels and rewriting cells that impute must keep as they were.
   */
  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void skipBom(InputStream in) throws IOException {
    in.mark(3);
    if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
      in.reset();
    }
  }

  /**
   * The header's column names, in file order.
   *
   * @return the names
   */
  public List<String> header() {
    return header;
  }

  /**
   * The file name used in messages.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * The index of a named column; the first one when a name repeats.
   *
   * @param name the column name, compared exactly
   * @param option the option that named it, for the message
   * @return its index
   * @throws BadInputException listing the columns when there is none of that name
   */
  public int columnIndex(String name, String option) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new BadInputException(
          source
              + ": no column \""
              + name
              + "\" (named by "
              + option
              + "); the columns are: "
              + String.join(", ", quoted(header)));
    }
    return index;
  }

  private static List<String> quoted(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add("\"" + n + "\"");
    }
    return out;
  }

  /**
   * Reads every remaining record, handing the selected cells to the listener.
   *
   * @param slots for each column index of the header, the slot passed to the listener, or -1 to
   *     skip the column; {@code null} selects every column with slot = column index
   * @param listener receives the cells
   * @return the number of data records
   * @throws BadInputException on malformed CSV, a field-count mismatch, a limit, or a listener's
   *     own error
   */
  public long readRecords(int[] slots, RecordListener listener) {
    if (slots == null) {
      slots = new int[header.size()];
      Arrays.setAll(slots, i -> i);
    }
    handler.slots = slots;
    handler.listener = listener;
    long count = 0;
    while (next()) {
      if (!handler.takeSkipped()) {
        count++;
      }
    }
    return count;
  }

  private boolean next() {
    try {
      if (!records.hasNext()) {
        return false;
      }
      records.next();
      return true;
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BadInputException bad) {
          throw bad;
        }
        if (t instanceof CharacterCodingException) {
          throw notUtf8();
        }
        if (t instanceof UncheckedIOException io) {
          throw io; // a listener failed to write its output
        }
      }
      Throwable root = e.getCause() == null ? e : e.getCause();
      throw new BadInputException(source + ": malformed CSV: " + e.getMessage() + detail(root, e));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8();
      }
      throw new BadInputException(source + ": cannot read the file: " + e.getCause().getMessage());
    }
  }

  private BadInputException notUtf8() {
    String where = Utf8Errors.firstMalformed(file);
    return new BadInputException(
        source
            + (where == null ? "" : ", " + where)
            + ": not valid UTF-8 text (evalkit reads CSV files as UTF-8; convert the file, e.g."
            + " with iconv -f latin1 -t utf-8)");
  }

  private static String detail(Throwable root, Throwable top) {
    return root == top ? "" : " (" + root.getMessage() + ")";
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dispatches fields to the listener without materialising records. */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<Object> {
    private static final Object RECORD = new Object();

    private final String source;
    private final List<String> headerCells = new ArrayList<>();
    private int headerSize = -1;
    private boolean headerSeen;
    private int[] slots;
    private RecordListener listener;
    // An unquoted first field of only spaces and tabs, held back until a second field shows that
    // its line is a record: a line of only spaces and tabs is blank, and skipped, as in pandas.
    private char[] heldBack = new char[16];
    private int heldBackLength = -1;
    private boolean headerBlank;
    private boolean skipped;

    Handler(String source) {
      this.source = source;
    }

    @Override
    protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
      long line = getStartingLineNumber();
      if (index >= MAX_COLUMNS) {
        throw new BadInputException(
            source + ", line " + line + ": more than " + MAX_COLUMNS + " fields in one record");
      }
      if (len > MAX_FIELD_CHARS) {
        throw new BadInputException(
            source
                + ", line "
                + line
                + ", field "
                + (index + 1)
                + ": longer than "
                + MAX_FIELD_CHARS
                + " characters");
      }
      if (headerSize < 0) {
        headerBlank = index == 0 ? !quoted && isBlank(buf, off, len) : false;
        headerCells.add(new String(buf, off, len));
        return;
      }
      if (index == 0 && !quoted && len > 0 && isBlank(buf, off, len)) {
        if (heldBack.length < len) {
          heldBack = new char[len];
        }
        System.arraycopy(buf, off, heldBack, 0, len);
        heldBackLength = len;
        return;
      }
      if (index == 1 && heldBackLength >= 0) {
        pass(0, heldBack, 0, heldBackLength, line);
        heldBackLength = -1;
      }
      pass(index, buf, off, len, line);
    }

    private void pass(int index, char[] buf, int off, int len, long line) {
      if (index < slots.length && slots[index] >= 0) {
        listener.cell(slots[index], buf, off, len, line);
      }
    }

    private static boolean isBlank(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (buf[i] != ' ' && buf[i] != '\t') {
          return false;
        }
      }
      return true;
    }

    /** Whether the last record read was a line of only spaces and tabs, and so skipped. */
    boolean takeSkipped() {
      boolean was = skipped;
      skipped = false;
      return was;
    }

    @Override
    protected Object buildRecord() {
      if (headerSize < 0) {
        headerSeen = getRecordType() == RecordType.DATA && !(getFieldCount() == 1 && headerBlank);
        if (!headerSeen) {
          headerCells.clear();
        }
      } else if (getRecordType() == RecordType.DATA) {
        long line = getStartingLineNumber();
        if (heldBackLength >= 0) { // a single field of only spaces and tabs: a blank line
          heldBackLength = -1;
          skipped = true;
          return RECORD;
        }
        if (getFieldCount() != headerSize) {
          throw new BadInputException(
              source
                  + ", line "
                  + line
                  + ": "
                  + getFieldCount()
                  + (getFieldCount() == 1 ? " field" : " fields")
                  + ", but the header has "
                  + headerSize);
        }
        listener.endRecord(line);
      }
      return RECORD;
    }
  }
}
