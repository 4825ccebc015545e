package org.citysim.sim.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into Jackson's tree, with the line of every value, so that checks of
 * the tree can name the file, line and field path ({@code days[3].split}) of what is wrong.
 */
final class JsonFields {
  private final Path file;
  private final JsonNode root;
  private final Map<String, Integer> lines = new HashMap<>();

  /** @throws DatasetFormatException when {@code text} is not one valid JSON object */
  JsonFields(Path file, byte[] text) throws DatasetFormatException {
    this.file = file;
    ObjectMapper m = new ObjectMapper();
    m.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    try {
      try (JsonParser p = m.getFactory().createParser(text)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
            continue;
          }
          JsonStreamContext c = p.getParsingContext();
          String path = path(t.isStructStart() ? c.getParent() : c);
          lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        }
      }
      this.root = m.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new DatasetFormatException(file, line, "", "not valid JSON: " + msg);
    } catch (IOException e) {
      throw new DatasetFormatException(file, 0, "", "cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DatasetFormatException(file, 1, "", "expected a JSON object { ... }");
    }
  }

  private static String path(JsonStreamContext c) {
    Deque<String> parts = new ArrayDeque<>();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    String s = String.join("", parts);
    return s.startsWith(".") ? s.substring(1) : s;
  }

  JsonNode root() {
    return root;
  }

  /** An error at {@code path} (its line, or its nearest located parent's). */
  DatasetFormatException error(String path, String message) {
    String p = path;
    Integer line = lines.get(p);
    while (line == null && !p.isEmpty()) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
      line = lines.get(p);
    }
    return new DatasetFormatException(file, line == null ? 0 : line, path, message);
  }

  /** {@code parent}'s field {@code key}; an error when it is missing or null. */
  JsonNode require(JsonNode parent, String parentPath, String key) throws DatasetFormatException {
    JsonNode n = parent.get(key);
    if (n == null || n.isNull()) {
      throw error(join(parentPath, key), "missing field '" + key + "'");
    }
    return n;
  }

  /** An error for the first key of {@code o} not in {@code allowed}. */
  void checkKeys(JsonNode o, String path, List<String> allowed) throws DatasetFormatException {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw error(join(path, k), "unknown field '" + k + "' (expected " + String.join(", ",
            allowed) + ")");
      }
    }
  }

  JsonNode object(JsonNode parent, String parentPath, String key) throws DatasetFormatException {
    JsonNode n = require(parent, parentPath, key);
    if (!n.isObject()) {
      throw error(join(parentPath, key), "expected an object { ... }");
    }
    return n;
  }

  JsonNode array(JsonNode parent, String parentPath, String key) throws DatasetFormatException {
    JsonNode n = require(parent, parentPath, key);
    if (!n.isArray()) {
      throw error(join(parentPath, key), "expected a list [ ... ]");
    }
    return n;
  }

  String text(JsonNode parent, String parentPath, String key) throws DatasetFormatException {
    JsonNode n = require(parent, parentPath, key);
    if (!n.isTextual() || n.asText().isEmpty()) {
      throw error(join(parentPath, key), "expected a non-empty string, got " + n);
    }
    return n.asText();
  }

  long integer(JsonNode parent, String parentPath, String key) throws DatasetFormatException {
    JsonNode n = require(parent, parentPath, key);
    return integer(n, join(parentPath, key));
  }

  long integer(JsonNode n, String path) throws DatasetFormatException {
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw error(path, "expected a whole number, got " + n);
    }
    return n.asLong();
  }

  /** A finite number of at least {@code min}. */
  double number(JsonNode parent, String parentPath, String key, double min)
      throws DatasetFormatException {
    JsonNode n = require(parent, parentPath, key);
    return number(n, join(parentPath, key), min);
  }

  double number(JsonNode n, String path, double min) throws DatasetFormatException {
    if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw error(path, "expected a number, got " + n);
    }
    double v = n.asDouble();
    if (v < min) {
      throw error(path, "expected a number >= " + DatasetFiles.format(min) + ", got " + n);
    }
    return v;
  }

  /** A number, or NaN when the field is null; missing is an error. */
  double numberOrNull(JsonNode parent, String parentPath, String key)
      throws DatasetFormatException {
    JsonNode n = parent.get(key);
    if (n == null) {
      throw error(join(parentPath, key), "missing field '" + key + "' (null when none)");
    }
    return n.isNull() ? Double.NaN : number(n, join(parentPath, key), Double.NEGATIVE_INFINITY);
  }

  static String join(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
