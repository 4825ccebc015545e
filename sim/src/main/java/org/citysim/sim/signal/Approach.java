package org.citysim.sim.signal;

/**
 * An incoming link of a signalised junction.
 *
 * @param link           link index
 * @param linkId         link id
 * @param lanes          lanes [-]
 * @param saturationFlow discharge rate of the link exit at green [veh/h]
 * @param stages         stages (indices) in which at least one of its movements has green
 */
public record Approach(int link, String linkId, int lanes, double saturationFlow, int[] stages) {
  public Approach {
    stages = stages.clone();
  }

  @Override
  public int[] stages() {
    return stages.clone();
  }

  /** True when this approach has green in {@code stage}. */
  public boolean servedIn(int stage) {
    for (int s : stages) {
      if (s == stage) {
        return true;
      }
    }
    return false;
  }
}
