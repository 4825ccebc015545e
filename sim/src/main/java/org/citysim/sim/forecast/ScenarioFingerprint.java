package org.citysim.sim.forecast;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.network.RoadNetwork;

/**
 * What a learned model must find again in a scenario to be used there: a SHA-256 over the
 * network's links (id, end nodes, length, lanes, free speed) and the sensor ids, in order. A
 * model trained on one network and sensor layout is refused on another, with both fingerprints
 * in the message. Demand, signals and weather are deliberately not part of it: a model is
 * meant to be used under other demand and control than it saw.
 */
public final class ScenarioFingerprint {
  private ScenarioFingerprint() {}

  /** The fingerprint of {@code net} with {@code sensorIds}, as 64 hex digits. */
  public static String of(RoadNetwork net, List<String> sensorIds) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has SHA-256
    }
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < net.linkCount(); l++) {
      sb.setLength(0);
      sb.append(net.link(l).id().value()).append('|').append(net.from(l)).append('|')
          .append(net.to(l)).append('|')
          .append(String.format(Locale.ROOT, "%.2f|%d|%.2f", net.length(l), net.lanes(l),
              net.freeSpeed(l)))
          .append('\n');
      md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (String s : sensorIds) {
      md.update(("sensor|" + s + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
