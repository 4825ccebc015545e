package org.citysim.sim.signal;

/**
 * A stage of a junction's signal: a phase of its base plan that gives green (not an intergreen),
 * with the intergreen that follows it.
 *
 * @param index          stage number, in base-plan order from 0
 * @param green          global movement indices that have green in this stage
 * @param baseGreen      green time in the base plan [s]
 * @param intergreenAfter the clearance (yellow, all-red, partial greens) after it in the base
 *                       plan [s]
 */
public record Stage(int index, int[] green, double baseGreen, double intergreenAfter) {
  public Stage {
    green = green.clone();
  }

  @Override
  public int[] green() {
    return green.clone();
  }
}
