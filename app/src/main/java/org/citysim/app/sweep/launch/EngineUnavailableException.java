package org.citysim.app.sweep.launch;

/**
 * An engine asked for cannot be started here (its jars were not built or cannot be read). A
 * problem of the installation, not of the sweep: the message says how to fix it.
 */
public final class EngineUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public EngineUnavailableException(String message) {
    super(message);
  }

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
