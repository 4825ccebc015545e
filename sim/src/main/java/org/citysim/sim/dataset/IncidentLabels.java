package org.citysim.sim.dataset;

import java.util.List;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.scenario.IncidentsSpec.ClosureSpec;

/**
 * Ground-truth labels for the incident classifier, from a day's incident log: a sensor's slot
 * is blocked when an incident that blocked at least one lane of the sensor's link, or a planned
 * closure of it, was in force at any time in the slot. An incident is in force from when it
 * occurred until its lanes were cleared (to the end of the run if they were not); a closure
 * from its start to its end. Intervals are half-open, {@code [from, to)}, like the slots, so an
 * incident cleared exactly at a slot's start does not mark that slot. Incidents that block no
 * lane (only slow traffic past them) are not labels.
 */
final class IncidentLabels {
  private IncidentLabels() {}

  /**
   * @param incidents the day's incidents
   * @param closures  the day's planned closures
   * @param links     the link of each sensor, in column order
   * @param start     start of slot 0 [s since midnight]
   * @param slot      slot length [s]
   * @param slots     slots per day
   * @param end       end of the run [s since midnight]
   * @return {@code blocked[slot][sensor]}
   */
  static boolean[][] blocked(List<IncidentRecord> incidents, List<ClosureSpec> closures,
      List<String> links, double start, double slot, int slots, double end) {
    boolean[][] out = new boolean[slots][links.size()];
    for (IncidentRecord i : incidents) {
      if (i.lanesBlocked() >= 1) {
        mark(out, links, i.link(), i.occurred(),
            Double.isNaN(i.lanesCleared()) ? end : i.lanesCleared(), start, slot);
      }
    }
    for (ClosureSpec c : closures) {
      mark(out, links, c.link().id(), Math.max(c.from(), start), Math.min(c.to(), end), start,
          slot);
    }
    return out;
  }

  private static void mark(boolean[][] out, List<String> links, String link, double from,
      double to, double start, double slot) {
    if (!(to > from)) {
      return;
    }
    int first = (int) Math.max(0, Math.floor((from - start) / slot));
    // The last slot whose start is before `to`.
    int last = (int) Math.min(out.length - 1, Math.ceil((to - start) / slot) - 1);
    for (int s = 0; s < links.size(); s++) {
      if (!links.get(s).equals(link)) {
        continue;
      }
      for (int k = first; k <= last; k++) {
        out[k][s] = true;
      }
    }
  }
}
