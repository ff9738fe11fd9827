package io.github.evalkit.cli.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds where a file stops being valid UTF-8, for an error message. The CSV reader's decoder reads
 * ahead of its parser, so when it fails the parser cannot say where; this second, streaming scan of
 * the bytes can. It runs only after a failure.
 *
 * <p>Stateless and thread-safe.
 */
final class Utf8Errors {

  private Utf8Errors() {}

  /**
   * The first malformed byte sequence of a file.
   *
   * @param file the file
   * @return e.g. {@code "line 2 (byte offset 11, bytes 0xE9)"}, or null when the file decodes (or
   *     cannot be read again)
   */
  static String firstMalformed(Path file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long offset = 0; // bytes decoded before in.position()
    long line = 1;
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      boolean end = false;
      while (true) {
        end = channel.read(in) < 0;
        in.flip();
        CoderResult result;
        do {
          int start = in.position();
          out.clear();
          result = decoder.decode(in, out, end);
          for (int i = start; i < in.position(); i++) {
            if (in.get(i) == '\n') {
              line++;
            }
          }
          offset += in.position() - start;
        } while (result.isOverflow());
        if (result.isError()) {
          StringBuilder bytes = new StringBuilder();
          for (int i = 0; i < result.length(); i++) {
            bytes
                .append(i == 0 ? "0x" : " 0x")
                .append(String.format(Locale.ROOT, "%02X", in.get(in.position() + i) & 0xFF));
          }
          return "line " + line + " (byte offset " + offset + ", bytes " + bytes + ")";
        }
        if (end) {
          return null;
        }
        in.compact();
      }
    } catch (IOException e) {
      return null;
    }
  }
}
