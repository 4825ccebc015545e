package org.citysim.app.sweep.file;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.citysim.sim.metrics.KpiKeys;

/**
 * The {@code summary.json} paths a sweep can collect, known before any run: the KPI keys of
 * {@link KpiKeys}, the numbers of the {@code scenario} object, and anything under {@code
 * pollution.} (totals, and per-station values by index such as {@code
 * pollution.stations[0].peakAqi}), whose keys depend on the scenario's stations. Which of them
 * a run really has depends on the scenario (AQI only with stations, control delay only with
 * signals); a run whose summary lacks a requested KPI fails with an error that says so.
 */
final class KnownKpis {
  private static final List<String> SCENARIO = List.of("scenario.seed", "scenario.replication",
      "scenario.start", "scenario.end");
  private static final Pattern PATH = Pattern.compile(
      "[A-Za-z_][A-Za-z0-9_-]*(\\[\\d{1,9}])*(\\.[A-Za-z0-9_-]+(\\[\\d{1,9}])*)*");

  private final List<String> keys;

  KnownKpis() {
    List<String> k = new ArrayList<>();
    for (Field f : KpiKeys.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          k.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("public constant not readable: " + f, e);
        }
      }
    }
    k.addAll(SCENARIO);
    Collections.sort(k);
    keys = List.copyOf(k);
  }

  /** The known KPI keys, sorted (for hints). */
  List<String> keys() {
    return keys;
  }

  /** Whether {@code path} is well formed (dotted keys with optional {@code [i]}). */
  static boolean wellFormed(String path) {
    return PATH.matcher(path).matches();
  }

  /** Whether {@code path} may be in a run's summary. */
  boolean known(String path) {
    return keys.contains(path) || path.startsWith("pollution.") || path.startsWith("unnested.");
  }
}
