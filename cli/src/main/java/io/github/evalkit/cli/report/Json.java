package io.github.evalkit.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON output through Jackson: pretty-printed, non-ASCII text unescaped, doubles with full
 * precision ({@link Double#toString}, which round-trips). The tree is written with jackson-core's
 * streaming generator rather than an {@code ObjectMapper}, which keeps the command's start-up
 * short. Thread-safe.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /**
   * Writes a tree as pretty JSON with a final newline; NaN and ±infinity, which JSON cannot hold,
   * are written as {@code null} (Jackson would write them as strings).
   *
   * @param node the tree
   * @return the text
   */
  public static String write(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode element : node) {
          write(g, element);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          g.writeNumber(node.longValue());
        } else if (Double.isFinite(node.doubleValue())) {
          g.writeNumber(node.doubleValue());
        } else {
          g.writeNull(); // JSON has no NaN or infinity; Jackson would write a string
        }
      }
      default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType());
    }
  }

  /**
   * A nullable double: NaN (undefined) becomes {@code null}. An infinity is kept here and written
   * as {@code null} by {@link #write}, as every non-finite number is; callers say in a warning when
   * a figure was infinite.
   *
   * @param node the object to add to
   * @param key the key
   * @param value the value; NaN for undefined
   */
  public static void putNullable(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
