package org.citysim.sim.scenario.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a located tree with Jackson's streaming parser, because a data-binding
 * tree ({@code ObjectMapper.readTree}) forgets where each value was written. Duplicate keys and
 * aliases are reported as problems (and reading goes on); a syntax error ends reading with one
 * problem at the parser's position.
 */
public final class YamlTreeReader {
  private final YAMLFactory factory = new YAMLFactory();
  private final Problems problems;
  private final Loc forced;
  private final String fieldPrefix;

  /**
   * @param problems    where problems go
   * @param forced      if not null, the location given to every node (used for override values)
   * @param fieldPrefix field path that problems of this text are reported under ("" for a file)
   */
  public YamlTreeReader(Problems problems, Loc forced, String fieldPrefix) {
    this.problems = problems;
    this.forced = forced;
    this.fieldPrefix = fieldPrefix;
  }

  /** A reader for a whole file. */
  public static YamlTreeReader forFile(Problems problems) {
    return new YamlTreeReader(problems, null, "");
  }

  /**
   * Reads one YAML document.
   *
   * @return the root node; null when the text is empty (no problem recorded) or has a syntax error
   *         (problem recorded)
   */
  public YNode read(String text) {
    try (YAMLParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      YNode root = value(p, t, fieldPrefix);
      if (p.nextToken() != null) {
        problems.add(loc(p), fieldPrefix, "more than one YAML document",
            "put everything in one document (remove the '---' separators)");
      }
      return root;
    } catch (JsonProcessingException e) {
      syntaxError(e);
      return null;
    } catch (IOException e) {
      problems.add(forced, fieldPrefix, "cannot read YAML: " + e.getMessage(), "");
      return null;
    }
  }

  private YNode value(YAMLParser p, JsonToken t, String path) throws IOException {
    Loc loc = loc(p);
    if (p.isCurrentAlias()) {
      problems.add(loc, path, "YAML aliases (*" + p.getText() + ") are not supported",
          "write the value out in full");
    }
    switch (t) {
      case START_OBJECT: {
        YMap map = new YMap(loc);
        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
          String key = p.currentName();
          Loc keyLoc = loc(p);
          String childPath = path.isEmpty() ? key : path + "." + key;
          YNode child = value(p, p.nextToken(), childPath);
          YMap.Entry previous = map.entry(key);
          if (previous != null) {
            problems.add(keyLoc, childPath, "duplicate key '" + key + "'",
                "it is already set at line " + previous.keyLoc().line() + "; keep only one");
          }
          map.put(new YMap.Entry(key, keyLoc, child));
        }
        return map;
      }
      case START_ARRAY: {
        YList list = new YList(loc);
        int i = 0;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.items().add(value(p, e, path + "[" + i++ + "]"));
        }
        return list;
      }
      case VALUE_NUMBER_INT:
        return number(p, YScalar.Kind.INT, loc);
      case VALUE_NUMBER_FLOAT:
        return number(p, YScalar.Kind.FLOAT, loc);
      case VALUE_TRUE:
        return new YScalar(YScalar.Kind.BOOL, p.getText(), Boolean.TRUE, loc);
      case VALUE_FALSE:
        return new YScalar(YScalar.Kind.BOOL, p.getText(), Boolean.FALSE, loc);
      case VALUE_NULL:
        return new YScalar(YScalar.Kind.NULL, p.getText(), null, loc);
      default:
        return new YScalar(YScalar.Kind.STRING, p.getText(), p.getText(), loc);
    }
  }

  /** Numbers the parser types but cannot convert (e.g. {@code .inf}) are kept as strings. */
  private static YScalar number(JsonParser p, YScalar.Kind kind, Loc loc) throws IOException {
    String text = p.getText();
    try {
      Object v = kind == YScalar.Kind.INT ? p.getNumberValue() : (Object) p.getDoubleValue();
      return new YScalar(kind, text, v, loc);
    } catch (JsonProcessingException | NumberFormatException e) {
      return new YScalar(YScalar.Kind.STRING, text, text, loc);
    }
  }

  private void syntaxError(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    Loc at = locOf(e.getLocation());
    if (e.getCause() instanceof MarkedYAMLException m) {
      message = m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
      if (m.getProblemMark() != null && forced == null) {
        at = Loc.at(m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
      }
    }
    message = message == null ? "syntax error" : message.lines().findFirst().orElse("").trim();
    problems.add(at, fieldPrefix, "malformed YAML: " + message,
        "check indentation, 'key: value' colons, quotes and brackets on this line and the one before");
  }

  private Loc loc(JsonParser p) {
    return forced != null ? forced : locOf(p.currentTokenLocation());
  }

  private Loc locOf(JsonLocation l) {
    if (forced != null) {
      return forced;
    }
    return l == null ? Loc.at(0, 0) : Loc.at(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
  }
}
