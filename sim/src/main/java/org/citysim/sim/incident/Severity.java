package org.citysim.sim.incident;

import java.util.Objects;

/**
 * A severity class of incidents: how much of a link it blocks and for how long.
 *
 * @param name           name, unique among the classes (e.g. "minor", "major")
 * @param share          relative frequency among random incidents (weights, normalised over
 *                       the classes), 0 or more
 * @param lanesBlocked   lanes blocked; as many as the link has, or more, closes it
 * @param remainingShare capacity of each lane left open, as a share of normal (0..1]: drivers
 *                       slow down past an incident (the HCM gives about 0.35 / 2 = 0.7 per open
 *                       lane for one of two freeway lanes blocked); 1 for no such effect
 * @param clearance      time from the responders' arrival on scene to lanes cleared [s]
 * @param allClearDelay  time from lanes cleared to all clear (the last responder leaves) [s]
 */
public record Severity(String name, double share, int lanesBlocked, double remainingShare,
    LogNormal clearance, double allClearDelay) {
  public Severity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(clearance, "clearance");
    if (!(share >= 0) || Double.isInfinite(share)) {
      throw new IllegalArgumentException("share must be >= 0, got " + share);
    }
    if (lanesBlocked < 0) {
      throw new IllegalArgumentException("lanesBlocked must be >= 0, got " + lanesBlocked);
    }
    if (!(remainingShare > 0 && remainingShare <= 1)) {
      throw new IllegalArgumentException("remainingShare must be in (0, 1], got "
          + remainingShare);
    }
    if (!(allClearDelay >= 0) || Double.isInfinite(allClearDelay)) {
      throw new IllegalArgumentException("allClearDelay must be >= 0, got " + allClearDelay);
    }
  }

  /** A class that closes the link it occurs on. */
  public static Severity closing(String name, double share, LogNormal clearance,
      double allClearDelay) {
    return new Severity(name, share, Integer.MAX_VALUE, 1, clearance, allClearDelay);
  }

  /** Open share of the capacity of a link with {@code lanes} lanes while this blocks it. */
  public double openFraction(int lanes) {
    if (lanesBlocked >= lanes) {
      return 0;
    }
    return (double) (lanes - lanesBlocked) / lanes * remainingShare;
  }
}
