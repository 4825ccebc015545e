package org.citysim.app.sweep.store;

/** The results store cannot be opened, read or written. */
public final class ResultStoreException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean busy;

  public ResultStoreException(String message, boolean busy, Throwable cause) {
    super(message, cause);
    this.busy = busy;
  }

  /** Whether another process holds the store open (a sweep still running). */
  public boolean busy() {
    return busy;
  }
}
