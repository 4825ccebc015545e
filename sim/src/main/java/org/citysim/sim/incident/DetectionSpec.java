package org.citysim.sim.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How incidents come to be known. On a link a camera watches, its vision detector sees the
 * incident with probability {@code cameraProbability} after {@code cameraDelay}; otherwise (no
 * camera, or the camera missed it) someone reports it after a {@code report} delay. Draws come
 * from the stream {@code incidents:detection}.
 *
 * @param cameraLinks       ids of the links cameras watch (the scenario's and the agents')
 * @param cameraProbability chance that a camera detects an incident on its link [0..1]
 * @param cameraDelay       from occurrence to camera detection [s]
 * @param report            from occurrence to a report when no camera detects it [s]
 */
public record DetectionSpec(List<String> cameraLinks, double cameraProbability,
    double cameraDelay, LogNormal report) {
  public DetectionSpec {
    cameraLinks = List.copyOf(cameraLinks);
    Objects.requireNonNull(report, "report");
    if (!(cameraProbability >= 0 && cameraProbability <= 1)) {
      throw new IllegalArgumentException("cameraProbability must be in [0, 1], got "
          + cameraProbability);
    }
    if (!(cameraDelay >= 0) || Double.isInfinite(cameraDelay)) {
      throw new IllegalArgumentException("cameraDelay must be >= 0, got " + cameraDelay);
    }
    if (new HashSet<>(cameraLinks).size() != cameraLinks.size()) {
      throw new IllegalArgumentException("a link is listed twice in cameraLinks");
    }
  }

  /**
   * Our assumptions, to be replaced by local figures: no cameras; where there are, 0.9 of
   * incidents detected 60 s after they occur; otherwise reported after a mean 5 min (sd 3 min).
   */
  public static DetectionSpec defaults() {
    return new DetectionSpec(List.of(), 0.9, 60, new LogNormal(300, 180));
  }
}
