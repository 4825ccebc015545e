package org.citysim.sim.imports.sumo;

/**
 * SUMO's defaults for vehicle-type attributes a {@code <vType>} leaves out, by vehicle class.
 *
 * <p>Source: "Vehicle Type Parameter Defaults",
 * https://sumo.dlr.de/docs/Vehicle_Type_Parameter_Defaults.html ("if no values are given the
 * values for passenger are used"), and "Definition of Vehicles, Vehicle Types, and Routes",
 * https://sumo.dlr.de/docs/Definition_of_Vehicles,_Vehicle_Types,_and_Routes.html#available_vtype_attributes
 * (vClass defaults to {@code passenger}; a missing vehicle {@code type} means
 * {@code DEFAULT_VEHTYPE}). The values are those of SUMO 1.15's
 * {@code SUMOVTypeParameter::VClassDefaultValues}: length 5 m, minGap 2.5 m and maxSpeed
 * 200 km/h (55.56 m/s) unless the class says otherwise below. Classes not listed (passenger,
 * private, taxi, emergency's speed, ...) take the passenger values.
 */
final class SumoVTypeDefaults {
  /** SUMO's id of the type used by vehicles without a {@code type} attribute. */
  static final String DEFAULT_VEHTYPE = "DEFAULT_VEHTYPE";
  /** Vehicle class when a vType gives none. */
  static final String DEFAULT_VCLASS = "passenger";

  private static final double KMH = 1 / 3.6;

  private SumoVTypeDefaults() {}

  /** Default length [m] of class {@code vClass}. */
  static double length(String vClass) {
    return switch (vClass) {
      case "pedestrian" -> 0.215;
      case "bicycle" -> 1.6;
      case "moped" -> 2.1;
      case "motorcycle" -> 2.2;
      case "truck" -> 7.1;
      case "trailer" -> 16.5;
      case "bus" -> 12;
      case "coach" -> 14;
      case "tram" -> 22;
      case "rail_urban" -> 36.5 * 3;
      case "rail" -> 67.5 * 2;
      case "rail_electric", "rail_fast" -> 25.0 * 8;
      case "delivery", "emergency" -> 6.5;
      case "ship" -> 17;
      default -> 5;
    };
  }

  /** Default minimum gap [m] of class {@code vClass}. */
  static double minGap(String vClass) {
    return switch (vClass) {
      case "pedestrian" -> 0.25;
      case "bicycle" -> 0.5;
      default -> 2.5;
    };
  }

  /** Default maximum speed [m/s] of class {@code vClass}. */
  static double maxSpeed(String vClass) {
    return switch (vClass) {
      case "pedestrian" -> 5 * KMH;
      case "bicycle" -> 20 * KMH;
      case "moped" -> 60 * KMH;
      case "truck", "trailer" -> 130 * KMH;
      case "bus", "coach", "rail_urban" -> 100 * KMH;
      case "tram" -> 80 * KMH;
      case "rail" -> 160 * KMH;
      case "rail_electric" -> 220 * KMH;
      case "rail_fast" -> 330 * KMH;
      case "ship" -> 8 / 1.94;
      default -> 200 * KMH;
    };
  }

  /** The type SUMO uses when a vehicle names none and the files do not redefine it. */
  static SumoVehicleType defaultType() {
    return new SumoVehicleType(DEFAULT_VEHTYPE, DEFAULT_VCLASS, length(DEFAULT_VCLASS),
        minGap(DEFAULT_VCLASS), maxSpeed(DEFAULT_VCLASS), 1);
  }
}
