package org.citysim.sim.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with an input, located as precisely as the input allows.
 *
 * @param file    the file (null when the input did not come from a file)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param field   field path such as {@code demand.flows[2].rate}, or empty
 * @param message what is wrong
 * @param hint    what would be right (may be empty)
 */
public record Problem(Path file, int line, int column, String field, String message, String hint) {

  public Problem {
    field = field == null ? "" : field;
    hint = hint == null ? "" : hint;
  }

  /** One line: {@code file:line:col: field: message (hint: ...)}. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    sb.append(message);
    if (!hint.isEmpty()) {
      sb.append(" (hint: ").append(hint).append(')');
    }
    return sb.toString();
  }
}
