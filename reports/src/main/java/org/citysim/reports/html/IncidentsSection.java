package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.util.List;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.text.Clock;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.Kpis;

/**
 * The "Incidents" section of the run report: the incident KPIs, a table of the incidents with
 * their FHWA timeline and the map with the incidents marked. Absent without an incident model.
 */
final class IncidentsSection {
  /** Rows of the incidents table; incidents.csv has them all. */
  static final int ROWS = 50;
  /** The KPIs shown, in order. */
  static final List<String> KPIS = List.of(KpiKeys.INCIDENTS, KpiKeys.INCIDENT_DETECTION_MEAN,
      KpiKeys.INCIDENT_CLEARANCE_MEAN, KpiKeys.INCIDENT_REROUTED, KpiKeys.INCIDENT_HELD,
      KpiKeys.INCIDENT_RESPONSE_MEAN, KpiKeys.INCIDENT_UNSERVED, KpiKeys.INCIDENT_DELAY,
      KpiKeys.INCIDENT_BASELINE_DELAY);

  private IncidentsSection() {}

  static void append(StringBuilder h, IncidentOutputs o, Kpis kpis, String chartsDir,
      List<ChartFile> charts) {
    if (o.isEmpty()) {
      return;
    }
    h.append("<h2>Incidents</h2>\n<p>Random and scheduled incidents block lanes until cleared; "
        + "once detected (by a camera or a report) informed drivers may reroute, and "
        + (o.dispatching() ? "the " + escape(o.dispatcher()) + " dispatcher sends response "
            + "units (units sent are in incidents.csv). "
            : "responders arrive after the response delay. "))
        .append(o.closures() == 0 ? "No planned closures. " : o.closures() == 1
            ? "One planned closure. " : o.closures() + " planned closures. ")
        .append("Details in <a href=\"incidents.csv\">incidents.csv</a>.</p>\n");
    h.append("<table class=\"kpis\">\n<thead><tr><th>key</th><th>value</th><th>unit</th>"
        + "<th>meaning</th></tr></thead>\n<tbody>\n");
    for (String key : KPIS) {
      Object v = kpis.all().get(key);
      if (v == null) {
        continue;
      }
      KpiCatalog.Entry c = KpiCatalog.of(key);
      h.append("<tr><td><code>").append(escape(key)).append("</code></td><td class=\"num\">")
          .append(escape(KpiCatalog.format(v))).append("</td><td>").append(escape(c.unit()))
          .append("</td><td>").append(escape(c.meaning())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    table(h, o.incidents());
    for (ChartFile c : charts) {
      HtmlReportWriter.figure(h, chartsDir, c);
    }
  }

  private static void table(StringBuilder h, List<IncidentRecord> incidents) {
    if (incidents.isEmpty()) {
      h.append("<p>No incidents occurred.</p>\n");
      return;
    }
    List<IncidentRecord> shown = incidents.subList(0, Math.min(ROWS, incidents.size()));
    if (shown.size() < incidents.size()) {
      h.append("<p>The first ").append(shown.size()).append(" of ").append(incidents.size())
          .append(" incidents; all in incidents.csv.</p>\n");
    }
    h.append("<table class=\"incidents\">\n<thead><tr><th>id</th><th>link</th><th>severity</th>"
        + "<th>origin</th><th>detected by</th><th>lanes blocked</th><th>occurred</th>"
        + "<th>detected</th><th>on scene</th><th>lanes cleared</th><th>all clear</th>"
        + "<th>blocked [min]</th></tr></thead>\n<tbody>\n");
    for (IncidentRecord i : shown) {
      h.append("<tr>");
      num(h, Integer.toString(i.id()));
      h.append("<td><code>").append(escape(i.link())).append("</code></td><td>")
          .append(escape(i.severity())).append("</td><td>")
          .append(i.scheduled() ? "scheduled" : "random").append("</td><td>")
          .append(i.detectedBy().isEmpty() ? "not yet" : escape(i.detectedBy())).append("</td>");
      num(h, i.closed() ? "all" : Integer.toString(i.lanesBlocked()));
      for (double t : new double[] {i.occurred(), i.detected(), i.onScene(), i.lanesCleared(),
          i.allClear()}) {
        num(h, Double.isFinite(t) ? Clock.hhmmss(t) : "\u2013");
      }
      double blocked = i.lanesCleared() - i.occurred();
      num(h, Double.isFinite(blocked) ? Decimals.plain(Math.round(blocked / 6) / 10.0)
          : "\u2013");
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void num(StringBuilder h, String text) {
    h.append("<td class=\"num\">").append(text).append("</td>");
  }
}
