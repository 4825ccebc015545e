package org.citysim.sim.forecast;

/** A model file that cannot be used: the message names the file and says why, in one line. */
public final class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
