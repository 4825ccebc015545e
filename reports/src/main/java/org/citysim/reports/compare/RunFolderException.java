package org.citysim.reports.compare;

import java.nio.file.Path;

/** A folder given to a comparison is not a readable citysim run folder: a user error. */
public final class RunFolderException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;
  private final int column;
  private final String hint;

  /**
   * @param file    the folder or file at fault
   * @param line    1-based line in {@code file}, or 0
   * @param column  1-based column in {@code file}, or 0
   * @param message what is wrong
   * @param hint    what would be right
   */
  public RunFolderException(Path file, int line, int column, String message, String hint) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  /** The folder or file at fault. */
  public Path file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What would be right. */
  public String hint() {
    return hint;
  }
}
