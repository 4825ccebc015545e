package org.citysim.sim.scenario;

/**
 * Fixed-time two-phase plans (north-south, then east-west) for a generated grid.
 *
 * @param enabled    false leaves every junction unsignalised
 * @param cycle      cycle length [s]
 * @param intergreen yellow plus all-red after each phase [s]
 * @param nsShare    share of the green time given to the north-south phase, in (0, 1)
 * @param offsetStep offset added per column to the east [s] (a simple green wave; 0 for none)
 */
public record GridSignals(
    boolean enabled, double cycle, double intergreen, double nsShare, double offsetStep) {

  public GridSignals {
    if (enabled) {
      if (!(cycle > 2 * intergreen) || intergreen < 0) {
        throw new IllegalArgumentException("cycle must exceed the two intergreens");
      }
      if (!(nsShare > 0 && nsShare < 1)) {
        throw new IllegalArgumentException("nsShare must be in (0, 1)");
      }
    }
  }

  /** The defaults: enabled, 60 s cycle, 4 s intergreen, even split, no green wave. */
  public static GridSignals defaults() {
    return new GridSignals(true, 60, 4, 0.5, 0);
  }

  /** Green time of the north-south phase [s]. */
  public double nsGreen() {
    return (cycle - 2 * intergreen) * nsShare;
  }

  /** Green time of the east-west phase [s]. */
  public double ewGreen() {
    return (cycle - 2 * intergreen) - nsGreen();
  }
}
