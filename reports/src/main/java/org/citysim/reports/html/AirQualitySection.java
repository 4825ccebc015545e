package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.util.List;
import java.util.TreeSet;
import org.citysim.sim.pollution.AqiCategory;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.text.Clock;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.ClassTotal;
import org.citysim.sim.metrics.PollutionOutputs.LevelHours;
import org.citysim.sim.metrics.PollutionOutputs.Source;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.PollutionOutputs.Total;

/**
 * The "Air quality" section of the run report: emissions totals, the stations with their peak
 * AQI (in its EPA category colour), hours above the alert levels and alerts, the alerts
 * themselves, each station's main sources, and the air-quality charts. Absent without a
 * pollution model. Colours are inline styles so the shared stylesheet, and with it the page of
 * a run without pollution, stays as it was.
 */
final class AirQualitySection {
  /** Rows of the alerts table; alerts.csv has them all. */
  static final int ALERT_ROWS = 50;
  /** Sources listed per station and pollutant; attribution.csv has them all. */
  static final int TOP_SOURCES = 3;

  private AirQualitySection() {}

  static void append(StringBuilder h, PollutionOutputs p, String chartsDir,
      List<ChartFile> charts) {
    if (p.isEmpty()) {
      return;
    }
    h.append("<h2>Air quality</h2>\n<p>Emissions of the vehicles on every link, dispersed over a "
        + "grid of cells and sampled by the air-quality stations; AQI by the US EPA breakpoints "
        + "(NO<sub>2</sub> 1-hour, PM2.5). Details in <a href=\"emissions.csv\">emissions.csv"
        + "</a>, <a href=\"pollution.csv\">pollution.csv</a>, <a href=\"stations.csv\">"
        + "stations.csv</a>, <a href=\"alerts.csv\">alerts.csv</a> and <a href=\""
        + "attribution.csv\">attribution.csv</a>.</p>\n");
    totals(h, p);
    stations(h, p);
    alerts(h, p.alerts());
    sources(h, p.attribution());
    for (ChartFile c : charts) {
      HtmlReportWriter.figure(h, chartsDir, c);
    }
  }

  private static void totals(StringBuilder h, PollutionOutputs p) {
    h.append("<table class=\"kpis\">\n<thead><tr><th>emitted in the run</th><th>total [kg]</th>"
        + "</tr></thead>\n<tbody>\n");
    for (Total t : p.totals()) {
      h.append("<tr><td>").append(name(t.pollutant())).append("</td>");
      num(h, kg(t.grams()));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (p.classTotals().isEmpty()) {
      return;
    }
    h.append("<table class=\"kpis\">\n<thead><tr><th>vehicle class</th><th>vehicles [veh]</th>"
        + "<th>CO<sub>2</sub> [kg]</th><th>NOx [kg]</th><th>PM2.5 [kg]</th><th>fuel [kg]</th>"
        + "</tr></thead>\n<tbody>\n");
    for (ClassTotal c : p.classTotals()) {
      h.append("<tr><td><code>").append(escape(c.vehicleClass())).append("</code></td>");
      num(h, Long.toString(c.vehicles()));
      for (double g : new double[] {c.co2(), c.nox(), c.pm25(), c.fuel()}) {
        num(h, kg(g));
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void stations(StringBuilder h, PollutionOutputs p) {
    if (p.stations().isEmpty()) {
      h.append("<p>No air-quality stations.</p>\n");
      return;
    }
    TreeSet<Integer> levels = new TreeSet<>();
    for (StationSeries s : p.stations()) {
      s.hoursAbove().forEach(l -> levels.add(l.level()));
    }
    h.append("<table class=\"stations\">\n<thead><tr><th>station</th><th>peak AQI</th>"
        + "<th>category</th>");
    for (int level : levels) {
      h.append("<th>hours above AQI ").append(level).append(" [h]</th>");
    }
    h.append("<th>alerts</th><th>warnings</th></tr></thead>\n<tbody>\n");
    for (StationSeries s : p.stations()) {
      AqiCategory c = AqiCategory.of(s.peakAqi());
      String style = " style=\"background:" + c.css() + (c.dark() ? ";color:#fff" : "") + "\"";
      h.append("<tr><td><code>").append(escape(s.id())).append("</code></td>")
          .append("<td class=\"num\"").append(style).append(">").append(s.peakAqi())
          .append("</td><td").append(style).append(">").append(escape(c.label()))
          .append("</td>");
      for (int level : levels) {
        num(h, hours(s.hoursAbove(), level));
      }
      num(h, Long.toString(count(p.alerts(), s.id(), "alert")));
      num(h, Long.toString(count(p.alerts(), s.id(), "warning")));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void alerts(StringBuilder h, List<AlertRecord> alerts) {
    if (alerts.isEmpty()) {
      h.append("<p>No alerts or warnings were raised.</p>\n");
      return;
    }
    List<AlertRecord> shown = alerts.subList(0, Math.min(ALERT_ROWS, alerts.size()));
    h.append("<p>").append(alerts.size() < 2 ? "Alert" : "Alerts").append(" and early warnings")
        .append(shown.size() < alerts.size() ? " (the first " + shown.size() + " of "
            + alerts.size() + "; all in alerts.csv)" : "")
        .append(": an alert when a station's AQI crossed the level, a warning when it was "
            + "projected to.</p>\n")
        .append("<table class=\"alerts\">\n<thead><tr><th>station</th><th>pollutant</th>")
        .append("<th>kind</th><th>level (AQI)</th><th>start</th><th>end</th>")
        .append("<th>duration [min]</th><th>peak AQI</th></tr></thead>\n<tbody>\n");
    for (AlertRecord a : shown) {
      h.append("<tr><td><code>").append(escape(a.station())).append("</code></td><td>")
          .append(name(a.pollutant())).append("</td><td>").append(escape(a.kind()))
          .append("</td>");
      num(h, Integer.toString(a.level()));
      num(h, Clock.hhmm(a.start()));
      num(h, Clock.hhmm(a.end()));
      num(h, one((a.end() - a.start()) / 60.0));
      num(h, Integer.toString(a.peakAqi()));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void sources(StringBuilder h, List<Attribution> attribution) {
    if (attribution.isEmpty()) {
      return;
    }
    h.append("<p>Main sources of each station's run-mean concentration (exact: sources and "
        + "background add up to the mean):</p>\n<table class=\"sources\">\n<thead><tr>"
        + "<th>station</th><th>pollutant</th><th>mean [\u00b5g/m\u00b3]</th>"
        + "<th>background [\u00b5g/m\u00b3]</th><th>largest source links [\u00b5g/m\u00b3] "
        + "(share)</th></tr></thead>\n<tbody>\n");
    for (Attribution a : attribution) {
      h.append("<tr><td><code>").append(escape(a.station())).append("</code></td><td>")
          .append(name(a.pollutant())).append("</td>");
      num(h, two(a.mean()));
      num(h, two(a.background()) + (a.mean() != 0
          ? " (" + one(a.background() / a.mean() * 100) + " %)" : ""));
      h.append("<td>");
      List<Source> top = a.sources().subList(0, Math.min(TOP_SOURCES, a.sources().size()));
      for (int i = 0; i < top.size(); i++) {
        Source s = top.get(i);
        h.append(i == 0 ? "" : ", ").append("<code>").append(escape(s.link()))
            .append("</code> ").append(two(s.concentration())).append(" (")
            .append(one(s.share() * 100)).append(" %)");
      }
      h.append(top.isEmpty() ? "none" : "").append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** Display name of a pollutant id, as HTML. */
  static String name(String pollutant) {
    return switch (pollutant) {
      case "co2" -> "CO<sub>2</sub>";
      case "nox" -> "NOx";
      case "no2" -> "NO<sub>2</sub>";
      case "pm25" -> "PM2.5";
      case "fuel" -> "fuel";
      default -> escape(pollutant);
    };
  }

  private static long count(List<AlertRecord> alerts, String station, String kind) {
    return alerts.stream().filter(a -> a.station().equals(station) && kind.equals(a.kind()))
        .count();
  }

  private static String hours(List<LevelHours> hours, int level) {
    for (LevelHours l : hours) {
      if (l.level() == level) {
        return two(l.hours());
      }
    }
    return "";
  }

  private static void num(StringBuilder h, String text) {
    h.append("<td class=\"num\">").append(text).append("</td>");
  }

  /** Grams as kilograms to 0.1 g, so small PM2.5 totals keep their digits. */
  private static String kg(double grams) {
    return Double.isFinite(grams) ? Decimals.plain(Math.round(grams * 10) / 10000.0) : "n/a";
  }

  private static String one(double v) {
    return Double.isFinite(v) ? Decimals.plain(Math.round(v * 10) / 10.0) : "n/a";
  }

  private static String two(double v) {
    return Double.isFinite(v) ? Decimals.plain(Math.round(v * 100) / 100.0) : "n/a";
  }
}
