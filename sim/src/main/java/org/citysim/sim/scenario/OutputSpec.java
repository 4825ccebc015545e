package org.citysim.sim.scenario;

/**
 * What a run records.
 *
 * @param linkInterval   aggregation interval of per-link statistics [s]
 * @param sampleInterval sampling interval of network-wide time series [s]
 * @param charts         whether to draw charts (PNG and SVG)
 */
public record OutputSpec(double linkInterval, double sampleInterval, boolean charts) {
  public OutputSpec {
    if (!(linkInterval > 0) || !(sampleInterval > 0)) {
      throw new IllegalArgumentException("output intervals must be positive");
    }
  }

  /** The defaults. */
  public static OutputSpec defaults() {
    return new OutputSpec(300, 60, true);
  }
}
