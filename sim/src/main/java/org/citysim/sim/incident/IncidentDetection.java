package org.citysim.sim.incident;

import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;

/**
 * When incidents become known ({@link DetectionSpec}): by a camera on the link with its
 * probability and delay, else by a report. Draws from the stream {@code incidents:detection},
 * one uniform per incident on a watched link and one Gaussian per report, in order of
 * occurrence.
 */
final class IncidentDetection {
  private final DetectionSpec spec;
  private final boolean[] watched;
  private final RandomStream random;

  IncidentDetection(RoadNetwork net, DetectionSpec spec, RandomStream random) {
    this.spec = spec;
    this.random = random;
    this.watched = new boolean[net.linkCount()];
    for (String id : spec.cameraLinks()) {
      int l = net.linkIndex(id);
      if (l < 0) {
        throw new IllegalArgumentException("camera link '" + id + "' is not in the network");
      }
      watched[l] = true;
    }
  }

  /** When and how an incident is detected. */
  record Outcome(double delay, boolean byCamera) {}

  /** Detection of an incident on link {@code l}: delay from occurrence [s] and by what. */
  Outcome detect(int l) {
    if (watched[l] && random.uniform() < spec.cameraProbability()) {
      return new Outcome(spec.cameraDelay(), true);
    }
    return new Outcome(spec.report().draw(random), false);
  }
}
