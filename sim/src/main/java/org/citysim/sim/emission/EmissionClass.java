package org.citysim.sim.emission;

/**
 * The vehicle classes the emission factors distinguish. Each stands for one reference vehicle
 * (see {@link EmissionFactors} for which).
 */
public enum EmissionClass {
  /** Euro 6 petrol passenger car. */
  PETROL_CAR("petrol-car", true),
  /** Euro 6 diesel passenger car. */
  DIESEL_CAR("diesel-car", true),
  /** Battery-electric passenger car: no exhaust, non-exhaust PM only. */
  ELECTRIC_CAR("electric-car", true),
  /** Euro VI diesel urban bus. */
  BUS("bus", false),
  /** Euro VI diesel heavy goods vehicle. */
  TRUCK("truck", false);

  private final String id;
  private final boolean car;

  EmissionClass(String id, boolean car) {
    this.id = id;
    this.car = car;
  }

  /** The id used in scenario files, e.g. {@code petrol-car}. */
  public String id() {
    return id;
  }

  /** True for the passenger-car classes. */
  public boolean isCar() {
    return car;
  }

  /**
   * The class with id {@code id}.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public static EmissionClass fromId(String id) {
    for (EmissionClass c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    StringBuilder known = new StringBuilder();
    for (EmissionClass c : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(c.id);
    }
    throw new IllegalArgumentException("unknown emission class '" + id + "'; known: " + known);
  }
}
