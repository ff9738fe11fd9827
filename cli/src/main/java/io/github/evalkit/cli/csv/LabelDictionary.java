package io.github.evalkit.cli.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns each distinct cell text a code in order of first appearance, looking the characters up in
 * place so that a repeated label costs no allocation. An open-addressing hash table over the
 * labels' texts.
 *
 * <p>Not thread-safe.
 */
public final class LabelDictionary {

  private final List<String> labels = new ArrayList<>();
  private final List<char[]> chars = new ArrayList<>();
  private int[] table = new int[64]; // code + 1, 0 = empty
  private int[] hashes = new int[64];

  /**
   * The code of a label, adding it when new.
   *
   * @param buf the characters
   * @param off where the label starts
   * @param len its length
   * @return the code, 0-based in order of first appearance
   */
  public int codeOf(char[] buf, int off, int len) {
    int hash = 1;
    for (int i = off; i < off + len; i++) {
      hash = 31 * hash + buf[i];
    }
    hash ^= hash >>> 16;
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        int code = labels.size();
        labels.add(new String(buf, off, len));
        chars.add(java.util.Arrays.copyOfRange(buf, off, off + len));
        table[slot] = code + 1;
        hashes[slot] = hash;
        if (labels.size() * 2 > table.length) {
          grow();
        }
        return code;
      }
      if (hashes[slot] == hash && equal(chars.get(entry - 1), buf, off, len)) {
        return entry - 1;
      }
    }
  }

  /**
   * The labels, indexed by code.
   *
   * @return the labels in order of first appearance
   */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  private static boolean equal(char[] label, char[] buf, int off, int len) {
    if (label.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (label[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldTable = table;
    int[] oldHashes = hashes;
    table = new int[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = oldTable[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
