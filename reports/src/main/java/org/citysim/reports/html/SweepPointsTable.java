package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.ParameterValues;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;
import org.citysim.reports.text.Estimates;

/**
 * The table of design points: index, parameter values, runs, failed runs and per KPI the mean
 * with the half-width of its 95 % interval. A sweep can have thousands of points; the page
 * shows the first {@link #MAX_ROWS} and says where the rest are.
 */
final class SweepPointsTable {
  /** Rows shown: enough to scan, few enough for a browser to render at once. */
  static final int MAX_ROWS = 500;

  private SweepPointsTable() {}

  static void append(StringBuilder h, SweepSummary s) {
    h.append("<h2>Design points</h2>\n");
    int total = s.points().size();
    if (total == 0) {
      h.append("<p>The sweep has no design points.</p>\n");
      return;
    }
    int shown = Math.min(total, MAX_ROWS);
    h.append("<p>Per KPI: mean \u00b1 half-width of its 95 % confidence interval over the ")
        .append("point's completed replications; \u2013 where undefined (an interval needs ")
        .append("two completed runs).");
    if (shown < total) {
      h.append(" Showing the first ").append(shown).append(" of ").append(total)
          .append(" points; the other ").append(total - shown).append(" are left out here. ")
          .append("<a href=\"points.csv\">points.csv</a> has every point, and the sweep's ")
          .append("results.csv every run.");
    }
    h.append("</p>\n<div class=\"scroll\">\n<table class=\"points\">\n<thead><tr>")
        .append("<th>point</th>");
    for (String p : s.parameters()) {
      h.append("<th><code>").append(escape(p)).append("</code></th>");
    }
    h.append("<th>runs</th><th>failed</th>");
    for (String k : s.kpis()) {
      String unit = KpiCatalog.unit(k);
      h.append("<th><code>").append(escape(k)).append("</code>")
          .append(unit.isEmpty() ? "" : " [" + escape(unit) + "]").append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (PointSummary p : s.points().subList(0, shown)) {
      h.append("<tr><td class=\"num\">").append(p.point()).append("</td>");
      for (Object v : p.values()) {
        h.append(v instanceof Number ? "<td class=\"num\">" : "<td>")
            .append(escape(ParameterValues.text(v))).append("</td>");
      }
      h.append("<td class=\"num\">").append(p.runs()).append("</td><td class=\"num\">")
          .append(p.failed()).append("</td>");
      for (String k : s.kpis()) {
        h.append("<td class=\"num\">").append(escape(cell(p.kpis().get(k)))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n");
  }

  /** "mean ± half-width"; "–" when no completed run recorded the KPI. */
  static String cell(KpiStats k) {
    return k == null ? Estimates.MISSING
        : Estimates.withHalfWidth(k.mean(), (k.ciHigh() - k.ciLow()) / 2);
  }
}
