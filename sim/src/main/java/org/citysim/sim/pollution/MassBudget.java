package org.citysim.sim.pollution;

/**
 * Where the mass of one pollutant went since a {@link DispersionModel} started [g]. The budget
 * closes: {@code initial + emitted = field + outflow + decayed + ventilated}, up to rounding.
 * Outflow and ventilation are net and may be negative (background air brought in).
 *
 * @param initial    mass in the field at the start [g]
 * @param emitted    mass added by sources [g]
 * @param field      mass in the field now [g]
 * @param outflow    net mass carried out through the lateral edges by wind and diffusion [g]
 * @param decayed    mass lost to first-order decay [g]
 * @param ventilated net mass exchanged out through the box top toward the background [g]
 */
public record MassBudget(double initial, double emitted, double field, double outflow,
    double decayed, double ventilated) {

  /** {@code initial + emitted - field - outflow - decayed - ventilated} [g]. */
  public double imbalance() {
    return initial + emitted - field - outflow - decayed - ventilated;
  }

  /** {@link #imbalance()} relative to the largest term. */
  public double relativeImbalance() {
    double scale = Math.max(Math.max(Math.abs(initial) + Math.abs(emitted), Math.abs(field)),
        Math.max(Math.abs(outflow) + Math.abs(decayed), Math.abs(ventilated)));
    return scale == 0 ? 0 : Math.abs(imbalance()) / scale;
  }
}
