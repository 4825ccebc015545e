package org.citysim.app.sweep.design;

/**
 * A sweep file's design section is wrong: an unknown design, or a missing, unknown or bad
 * option. The message names the design and option and gives a hint; {@link #option()} lets the
 * sweep file loader point at the option's line.
 */
public final class DesignOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String option;

  DesignOptionException(String option, String message) {
    super(message);
    this.option = option;
  }

  /** The option at fault, or null when the design's name is. */
  public String option() {
    return option;
  }
}
