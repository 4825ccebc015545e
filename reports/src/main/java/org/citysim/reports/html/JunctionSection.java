package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.LevelOfService;

/**
 * The "Signalised junctions" section of the run report: how many junctions reached each level
 * of service, and the junctions with the highest control delay. Absent without signals.
 */
final class JunctionSection {
  /** Rows of the worst-junctions table; junctions.csv has every junction. */
  static final int ROWS = 10;

  private JunctionSection() {}

  static void append(StringBuilder h, JunctionOutputs out) {
    if (out.isEmpty()) {
      return;
    }
    List<JunctionStats> js = out.junctions();
    h.append("<h2>Signalised junctions</h2>\n<p>").append(js.size())
        .append(" signalised junctions. Control delay is the time a vehicle spends on an ")
        .append("approach beyond its free-flow time; a vehicle counts as stopped when that ")
        .append("exceeds ").append(Decimals.plain(out.stopDelay())).append(" s. Level of ")
        .append("service by the HCM thresholds for signalised intersections (A up to 10 s/veh, ")
        .append("B 20, C 35, D 55, E 80, F above).</p>\n");
    Map<LevelOfService, Integer> counts = new EnumMap<>(LevelOfService.class);
    int none = 0;
    for (JunctionStats j : js) {
      if (j.los() == null) {
        none++;
      } else {
        counts.merge(j.los(), 1, Integer::sum);
      }
    }
    h.append("<table class=\"los\">\n<thead><tr><th>level of service</th>");
    for (LevelOfService los : LevelOfService.values()) {
      h.append("<th>").append(los.name()).append("</th>");
    }
    if (none > 0) {
      h.append("<th>no vehicle</th>");
    }
    h.append("</tr></thead>\n<tbody><tr><td>junctions</td>");
    for (LevelOfService los : LevelOfService.values()) {
      h.append("<td class=\"num\">").append(counts.getOrDefault(los, 0)).append("</td>");
    }
    if (none > 0) {
      h.append("<td class=\"num\">").append(none).append("</td>");
    }
    h.append("</tr></tbody>\n</table>\n");
    List<JunctionStats> worst = new ArrayList<>();
    for (JunctionStats j : js) {
      if (j.vehicles() > 0) {
        worst.add(j);
      }
    }
    worst.sort(Comparator.comparingDouble(JunctionStats::controlDelayMean).reversed());
    worst = worst.subList(0, Math.min(ROWS, worst.size()));
    if (worst.isEmpty()) {
      return;
    }
    h.append("<p>The ").append(worst.size()).append(" junctions with the highest control ")
        .append("delay (all in <a href=\"junctions.csv\">junctions.csv</a>):</p>\n")
        .append("<table class=\"junctions\">\n<thead><tr><th>junction</th>")
        .append("<th>vehicles [veh]</th><th>control delay [s/veh]</th><th>LOS</th>")
        .append("<th>stops [veh]</th><th>stops per vehicle</th><th>max queue [veh]</th>")
        .append("<th>mean queue [veh]</th><th>throughput [veh/h]</th></tr></thead>\n<tbody>\n");
    for (JunctionStats j : worst) {
      h.append("<tr><td><code>").append(escape(j.junction())).append("</code></td>");
      num(h, Long.toString(j.vehicles()));
      num(h, one(j.controlDelayMean()));
      h.append("<td>").append(j.los().name()).append("</td>");
      num(h, Long.toString(j.stops()));
      num(h, two(j.stopRate()));
      num(h, Integer.toString(j.queueMax()));
      num(h, one(j.queueMean()));
      num(h, one(j.throughput()));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void num(StringBuilder h, String text) {
    h.append("<td class=\"num\">").append(text).append("</td>");
  }

  private static String one(double v) {
    return Double.isFinite(v) ? Decimals.plain(Math.round(v * 10) / 10.0) : "n/a";
  }

  private static String two(double v) {
    return Double.isFinite(v) ? Decimals.plain(Math.round(v * 100) / 100.0) : "n/a";
  }
}
