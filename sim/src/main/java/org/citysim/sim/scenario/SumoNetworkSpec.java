package org.citysim.sim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A network imported from SUMO files.
 *
 * @param net            the {@code .net.xml} file (absolute)
 * @param additional     additional files whose {@code tlLogic} programs replace the net's
 * @param saturationFlow saturation flow per lane for link capacities [veh/h]
 */
public record SumoNetworkSpec(Path net, List<Path> additional, double saturationFlow)
    implements NetworkSpec {
  public SumoNetworkSpec {
    java.util.Objects.requireNonNull(net, "net");
    additional = List.copyOf(additional);
    if (!(saturationFlow > 0)) {
      throw new IllegalArgumentException("saturation flow must be positive");
    }
  }
}
