package org.citysim.app.progress;

/** Reports progress of long work. */
public interface Progress {
  /** A running task. */
  interface Task extends AutoCloseable {
    /** Sets the number of steps done. */
    void update(long done);

    @Override
    void close();
  }

  /** Starts a task of {@code total} steps. */
  Task start(String name, long total);

  /** Shows nothing. */
  Progress QUIET = (name, total) -> new Task() {
    @Override
    public void update(long done) { }

    @Override
    public void close() { }
  };

  /**
   * A bar on stderr when it is an interactive terminal and not in CI ({@code CI} unset) and not
   * {@code quiet}; otherwise {@link #QUIET}.
   */
  static Progress forTerminal(boolean quiet) {
    boolean ci = System.getenv("CI") != null;
    return quiet || ci || System.console() == null ? QUIET : new TerminalProgress();
  }
}
