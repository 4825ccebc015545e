package org.citysim.sim.emission;

/**
 * What the emission model computes. Every quantity is a mass in grams; {@link #FUEL} is the mass
 * of fuel burnt (not an emission, and not dispersed).
 */
public enum Pollutant {
  /** Carbon dioxide. */
  CO2("CO2", true),
  /** Nitrogen oxides (NO + NO2, as NO2 mass, as HBEFA and COPERT report them). */
  NOX("NOx", true),
  /** Fine particles: exhaust PM (all of it below 2.5 um) plus the PM2.5 part of non-exhaust wear. */
  PM25("PM2.5", true),
  /** Fuel burnt (petrol or diesel); electric cars burn none. */
  FUEL("fuel", false);

  private final String label;
  private final boolean dispersed;

  Pollutant(String label, boolean dispersed) {
    this.label = label;
    this.dispersed = dispersed;
  }

  /** Short name for tables and charts, e.g. {@code PM2.5}. */
  public String label() {
    return label;
  }

  /** Unit of every amount of this pollutant in this package: grams. */
  public String unit() {
    return "g";
  }

  /** Label with unit, e.g. {@code NOx [g]}. */
  public String labelWithUnit() {
    return label + " [" + unit() + "]";
  }

  /** Whether it is an air pollutant a dispersion model should spread (fuel is not). */
  public boolean dispersed() {
    return dispersed;
  }
}
