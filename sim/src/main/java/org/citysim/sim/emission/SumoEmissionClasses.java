package org.citysim.sim.emission;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a SUMO vehicle type's {@code vClass} and {@code emissionClass} to an
 * {@link EmissionClass}. SUMO's emission classes name a model and a class, e.g.
 * {@code HBEFA3/PC_G_EU4}, {@code HBEFA4/PC_diesel_Euro-6d}, {@code PHEMlight/PC_D_EU6},
 * {@code HBEFA3/Bus}, {@code HBEFA3/HDV_D_EU5}, {@code Energy/unknown} (electric), and the old
 * HBEFA 2.1 cluster names without fuel, e.g. {@code P_7_7} (passenger/light-duty cluster) and
 * {@code HDV_6_2} (heavy-duty cluster), as in SUMO's pasubio scenario. See
 * https://sumo.dlr.de/docs/Models/Emissions.html and the HBEFA3/HBEFA4-based pages.
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li>vClass {@code bus} or {@code coach}, or a class naming a bus or coach: {@link
 *       EmissionClass#BUS} (an electric bus is counted as a diesel one: no electric bus class);
 *   <li>vClass {@code truck}, {@code trailer} or {@code delivery}, or a class naming a heavy or
 *       light-duty goods vehicle ({@code HDV}, {@code LDV}, {@code LCV}, {@code RT}, {@code TT}):
 *       {@link EmissionClass#TRUCK};
 *   <li>vClass {@code evehicle}, or an electric class ({@code zero}, {@code Energy}, {@code MMPEVEM},
 *       {@code BEV}, {@code electric}): {@link EmissionClass#ELECTRIC_CAR};
 *   <li>a petrol class ({@code _G_}, {@code petrol}, {@code gasoline}): {@link
 *       EmissionClass#PETROL_CAR}; a diesel one ({@code _D_}, {@code diesel}): {@link
 *       EmissionClass#DIESEL_CAR};
 *   <li>motorcycles and mopeds: {@link EmissionClass#PETROL_CAR} (the nearest class we have);
 *   <li>otherwise unknown (null): the caller draws from the fleet mix, among cars when
 *       {@link #isCarLike} (e.g. pasubio's {@code P_7_7} passenger types).
 * </ol>
 */
public final class SumoEmissionClasses {
  private static final Set<String> CAR_LIKE = Set.of("passenger", "private", "taxi",
      "emergency", "authority", "army", "vip", "hov", "custom1", "custom2", "ignoring", "evehicle");

  private SumoEmissionClasses() {}

  /**
   * The class of a SUMO type, or null when neither attribute says it.
   *
   * @param vClass        SUMO vClass (null taken as {@code passenger}, SUMO's default)
   * @param emissionClass SUMO emissionClass, or null
   */
  public static EmissionClass map(String vClass, String emissionClass) {
    String vc = vClass == null ? "passenger" : vClass.trim().toLowerCase(Locale.ROOT);
    String ec = emissionClass == null ? "" : emissionClass.trim().toLowerCase(Locale.ROOT);
    String model = ec.contains("/") ? ec.substring(0, ec.indexOf('/')) : "";
    String name = ec.substring(ec.indexOf('/') + 1);
    // A HashSet: names repeat tokens (P_7_7), which Set.of rejects.
    Set<String> tokens = new HashSet<>(Arrays.asList(name.split("[_\\-/ .]+")));
    if (vc.equals("bus") || vc.equals("coach") || tokens.contains("bus")
        || tokens.contains("ubus") || tokens.contains("coach")) {
      return EmissionClass.BUS;
    }
    if (vc.equals("truck") || vc.equals("trailer") || vc.equals("delivery")
        || tokens.contains("hdv") || tokens.contains("ldv") || tokens.contains("lcv")
        || tokens.contains("rt") || tokens.contains("tt")) {
      return EmissionClass.TRUCK;
    }
    if (vc.equals("evehicle") || name.equals("zero") || model.equals("energy")
        || model.equals("mmpevem") || model.equals("zero") || tokens.contains("bev")
        || tokens.contains("electric") || tokens.contains("zero")) {
      return EmissionClass.ELECTRIC_CAR;
    }
    if (tokens.contains("g") || tokens.contains("petrol") || tokens.contains("gasoline")) {
      return EmissionClass.PETROL_CAR;
    }
    if (tokens.contains("d") || tokens.contains("diesel")) {
      return EmissionClass.DIESEL_CAR;
    }
    if (vc.equals("motorcycle") || vc.equals("moped")) {
      return EmissionClass.PETROL_CAR;
    }
    return null;
  }

  /** Whether SUMO vClass {@code vClass} is a car (null: SUMO's default, {@code passenger}). */
  public static boolean isCarLike(String vClass) {
    return vClass == null || CAR_LIKE.contains(vClass.trim().toLowerCase(Locale.ROOT));
  }
}
