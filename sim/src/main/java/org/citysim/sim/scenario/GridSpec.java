package org.citysim.sim.scenario;

/**
 * A generated grid town: {@code rows x columns} junctions named {@code r<row>c<column>} (row 0 at
 * the top), two-way links between neighbours, every turn but U-turns allowed, and fixed-time
 * signals at every junction with three or more approaches.
 *
 * @param rows            number of junction rows, at least 2
 * @param columns         number of junction columns, at least 2
 * @param spacing         distance between neighbouring junctions [m]
 * @param lanes           lanes per direction, at least 1
 * @param speed           free speed [m/s]
 * @param capacityPerLane saturation flow per lane [veh/h]
 * @param signals         signal timing for the generated junctions
 */
public record GridSpec(
    int rows, int columns, double spacing, int lanes, double speed, double capacityPerLane,
    GridSignals signals) implements NetworkSpec {

  public GridSpec {
    if (rows < 2 || columns < 2) {
      throw new IllegalArgumentException("grid needs at least 2x2 junctions");
    }
    if (!(spacing > 0) || lanes < 1 || !(speed > 0) || !(capacityPerLane > 0)) {
      throw new IllegalArgumentException("grid spacing, lanes, speed and capacity must be positive");
    }
    java.util.Objects.requireNonNull(signals, "signals");
  }
}
