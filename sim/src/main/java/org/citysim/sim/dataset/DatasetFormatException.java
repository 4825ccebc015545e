package org.citysim.sim.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data set file that does not follow the format of {@code docs/datasets.md}. The message is
 * one line: {@code file line N, field F: what is wrong (hint)}.
 */
public final class DatasetFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;
  private final String field;

  /**
   * @param file    the file
   * @param line    1-based line, 0 when unknown
   * @param field   field path ({@code days[3].split}) or CSV column, empty when none
   * @param message what is wrong, with what was expected
   */
  public DatasetFormatException(Path file, int line, String field, String message) {
    super(format(file, line, field, message));
    this.file = file;
    this.line = line;
    this.field = field == null ? "" : field;
  }

  private static String format(Path file, int line, String field, String message) {
    StringBuilder sb = new StringBuilder().append(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      sb.append(", field ").append(field);
    }
    return sb.append(": ").append(message).toString();
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }

  /** The field path or column, empty when none. */
  public String field() {
    return field;
  }
}
