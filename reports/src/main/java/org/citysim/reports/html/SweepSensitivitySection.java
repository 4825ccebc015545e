package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.util.List;
import java.util.Map;
import org.citysim.reports.chart.SweepChartSet;
import org.citysim.reports.sweep.KpiGroups;
import org.citysim.reports.sweep.MorrisIndex;
import org.citysim.reports.sweep.SobolIndex;
import org.citysim.reports.sweep.SweepSummary;
import org.citysim.reports.text.Estimates;

/**
 * The sensitivity sections of a sweep report: Sobol indices (Saltelli designs) and Morris
 * screening (Morris designs), each with a note on how to read it and, per KPI, its chart and
 * its figures. A sweep whose design has neither shows neither section.
 */
final class SweepSensitivitySection {
  private SweepSensitivitySection() {}

  static void sobol(StringBuilder h, SweepSummary s, String chartsDir, SweepChartSet charts) {
    if (s.sobol().isEmpty()) {
      return;
    }
    h.append("<h2>Sensitivity: Sobol indices</h2>\n<p class=\"note\">How to read them: the ")
        .append("first-order index S1 is the share of the KPI's variance over the design that ")
        .append("the parameter causes on its own; the total index ST adds everything it does ")
        .append("together with other parameters. A large gap ST \u2212 S1 means the parameter ")
        .append("acts through interactions. An ST near 0 means the parameter could be fixed ")
        .append("anywhere in its range without changing the KPI. The S1 add up to at most 1 ")
        .append("(the rest is interactions). Estimates can stray a little below 0 or above 1 ")
        .append("with small samples; the whiskers are 95 % bootstrap intervals, and wide ones ")
        .append("call for a larger base sample.</p>\n");
    Map<String, List<SobolIndex>> groups = KpiGroups.byKpi(s, s.sobol(), SobolIndex::kpi,
        SobolIndex::parameter);
    for (Map.Entry<String, List<SobolIndex>> e : groups.entrySet()) {
      h.append("<h3><code>").append(escape(e.getKey())).append("</code></h3>\n");
      charts.sobol(e.getKey()).ifPresent(c -> HtmlReportWriter.figure(h, chartsDir, c));
      h.append("<table class=\"sobol\">\n<thead><tr><th>parameter</th><th>S1</th>")
          .append("<th>S1 95 % interval</th><th>ST</th><th>ST 95 % interval</th></tr>")
          .append("</thead>\n<tbody>\n");
      for (SobolIndex i : e.getValue()) {
        h.append("<tr><td><code>").append(escape(i.parameter())).append("</code></td>");
        cell(h, Estimates.number(i.first()));
        cell(h, interval(i.firstLow(), i.firstHigh()));
        cell(h, Estimates.number(i.total()));
        cell(h, interval(i.totalLow(), i.totalHigh()));
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
  }

  static void morris(StringBuilder h, SweepSummary s, String chartsDir, SweepChartSet charts) {
    if (s.morris().isEmpty()) {
      return;
    }
    h.append("<h2>Sensitivity: Morris screening</h2>\n<p class=\"note\">How to read it: an ")
        .append("elementary effect is the change of the KPI when one parameter moves by one ")
        .append("step along a trajectory, scaled to the parameter's whole range so that ")
        .append("parameters compare. \u03bc* is their mean size: the further right, the more ")
        .append("the parameter matters. \u03c3 is their spread: a point above the dashed line ")
        .append("\u03c3 = \u03bc* has an effect that depends on where in the range it moves or ")
        .append("on the other parameters (non-linear or interacting); a point near the bottom ")
        .append("has a steady, nearly linear effect. \u03bc close to \u00b1\u03bc* means the ")
        .append("effect always has the same sign; a \u03bc much smaller than \u03bc* means it ")
        .append("changes sign. Screening ranks parameters; unlike Sobol indices it does not ")
        .append("split the variance between them.</p>\n");
    Map<String, List<MorrisIndex>> groups = KpiGroups.byKpi(s, s.morris(), MorrisIndex::kpi,
        MorrisIndex::parameter);
    for (Map.Entry<String, List<MorrisIndex>> e : groups.entrySet()) {
      String unit = KpiCatalog.unit(e.getKey());
      String per = unit.isEmpty() ? "" : " [" + escape(unit) + "]";
      h.append("<h3><code>").append(escape(e.getKey())).append("</code></h3>\n");
      charts.morris(e.getKey()).ifPresent(c -> HtmlReportWriter.figure(h, chartsDir, c));
      h.append("<table class=\"morris\">\n<thead><tr><th>parameter</th><th>\u03bc*")
          .append(per).append("</th><th>\u03bc").append(per).append("</th><th>\u03c3")
          .append(per).append("</th><th>\u03c3/\u03bc*</th><th>effects</th></tr></thead>\n")
          .append("<tbody>\n");
      for (MorrisIndex i : e.getValue()) {
        h.append("<tr><td><code>").append(escape(i.parameter())).append("</code></td>");
        cell(h, Estimates.number(i.muStar()));
        cell(h, Estimates.number(i.mu()));
        cell(h, Estimates.number(i.sigma()));
        cell(h, Estimates.number(i.muStar() > 0 ? i.sigma() / i.muStar() : Double.NaN));
        cell(h, Integer.toString(i.effects()));
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
  }

  private static void cell(StringBuilder h, String text) {
    h.append("<td class=\"num\">").append(escape(text)).append("</td>");
  }

  /** "[low, high]"; "–" when either end is undefined. */
  private static String interval(double low, double high) {
    return Double.isFinite(low) && Double.isFinite(high)
        ? "[" + Estimates.number(low) + ", " + Estimates.number(high) + "]"
        : Estimates.MISSING;
  }
}
