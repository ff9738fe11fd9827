package io.github.evalkit.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON output through Jackson: pretty-printed, UTF-8 text unescaped, doubles with full precision
 * ({@link Double#toString}, which round-trips). Thread-safe.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Writes a tree as pretty JSON with a final newline.
   *
   * @param node the tree
   * @return the text
   */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * A nullable double: NaN becomes {@code null} (undefined).
   *
   * @param node the object to add to
   * @param key the key
   * @param value the value; NaN for undefined
   */
  public static void putNullable(
      com.fasterxml.jackson.databind.node.ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
