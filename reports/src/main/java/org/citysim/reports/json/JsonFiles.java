package org.citysim.reports.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pretty, platform-independent JSON writing shared by the JSON writers. */
final class JsonFiles {
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /** Fresh empty object. */
  ObjectNode object() {
    return nodes.objectNode();
  }

  /** A text node. */
  JsonNode text(String value) {
    return nodes.textNode(value);
  }

  /**
   * A number node: integers stay integers, non-finite doubles become null (JSON has no NaN),
   * other doubles are written by Jackson as {@link Double#toString(double)} does.
   */
  JsonNode number(Number value) {
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return nodes.numberNode(value.longValue());
    }
    if (value instanceof BigInteger bi) {
      return nodes.numberNode(bi);
    }
    if (value instanceof BigDecimal bd) {
      return nodes.numberNode(bd);
    }
    double d = value.doubleValue();
    return Double.isFinite(d) ? nodes.numberNode(d) : nodes.nullNode();
  }

  /**
   * Writes {@code root} pretty printed, UTF-8, "\n" line ends (not the platform's, so files
   * are byte-identical across machines) and a trailing newline.
   */
  void write(JsonNode root, Path file) throws IOException {
    Files.writeString(file, text(root), StandardCharsets.UTF_8);
  }

  /** {@code root} as {@link #write} writes it. */
  String text(JsonNode root) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter);
    printer.indentArraysWith(indenter);
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // A tree of plain nodes always serialises; failing here is a bug, not bad input.
      throw new IllegalStateException("cannot serialise JSON tree", e);
    }
  }
}
