package io.github.evalkit.cli.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cell texts that mean "missing". An empty cell is always missing; other tokens are compared
 * exactly, without trimming, so {@code " NA"} is not missing under the default list.
 *
 * <p>Immutable and thread-safe.
 */
public final class NaTokens {

  /** The default list, the same as pandas' {@code read_csv}. */
  public static final List<String> PANDAS_DEFAULTS =
      List.of(
          "",
          "#N/A",
          "#N/A N/A",
          "#NA",
          "-1.#IND",
          "-1.#QNAN",
          "-NaN",
          "-nan",
          "1.#IND",
          "1.#QNAN",
          "<NA>",
          "N/A",
          "NA",
          "NULL",
          "NaN",
          "None",
          "n/a",
          "nan",
          "null");

  private final char[][] tokens;
  private final List<String> texts;

  /** The tokens by length, up to {@link #BUCKETS} - 1; a cell is compared with its length's. */
  private final char[][][] byLength = new char[BUCKETS][][];

  /** Whether any token has {@link #BUCKETS} or more characters (then those are all compared). */
  private final boolean longTokens;

  private static final int BUCKETS = 64;

  private NaTokens(List<String> texts) {
    List<String> nonEmpty = new ArrayList<>();
    for (String t : texts) {
      if (!t.isEmpty() && !nonEmpty.contains(t)) {
        nonEmpty.add(t);
      }
    }
    this.texts = List.copyOf(nonEmpty);
    this.tokens = nonEmpty.stream().map(String::toCharArray).toArray(char[][]::new);
    boolean anyLong = false;
    for (int len = 0; len < BUCKETS; len++) {
      final int l = len;
      byLength[len] = Arrays.stream(tokens).filter(t -> t.length == l).toArray(char[][]::new);
    }
    for (char[] token : tokens) {
      anyLong |= token.length >= BUCKETS;
    }
    this.longTokens = anyLong;
  }

  /**
   * The pandas default tokens.
   *
   * @return the default list
   */
  public static NaTokens defaults() {
    return new NaTokens(PANDAS_DEFAULTS);
  }

  /**
   * Tokens given on the command line as {@code a,b,c}, replacing the defaults. The empty cell stays
   * missing; a token cannot contain a comma.
   *
   * @param list the comma-separated tokens; {@code null} means the defaults
   * @return the tokens
   */
  public static NaTokens parse(String list) {
    return list == null ? defaults() : new NaTokens(List.of(list.split(",", -1)));
  }

  /**
   * Whether a cell is missing.
   *
   * @param buf the characters
   * @param off where the cell starts
   * @param len its length
   * @return true for an empty cell or an exact token
   */
  public boolean isMissing(char[] buf, int off, int len) {
    if (len == 0) {
      return true;
    }
    if (len >= BUCKETS && !longTokens) {
      return false;
    }
    // Most cells (17-digit numbers, say) have a length no token has: no comparison at all.
    for (char[] token : len < BUCKETS ? byLength[len] : tokens) {
      if (token.length == len && equal(token, buf, off)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cell is missing.
   *
   * @param cell the cell text
   * @return true for an empty cell or an exact token
   */
  public boolean isMissing(String cell) {
    return cell.isEmpty() || texts.contains(cell);
  }

  private static boolean equal(char[] token, char[] buf, int off) {
    for (int i = 0; i < token.length; i++) {
      if (token[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
