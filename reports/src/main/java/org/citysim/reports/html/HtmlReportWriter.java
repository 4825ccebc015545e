package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.text.Clock;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.CameraKpis;
import org.citysim.sim.metrics.RunInfo;
import org.citysim.sim.metrics.RunResult;

/**
 * Writes {@code index.html}. Deterministic: from {@link RunInfo} only the version and commit are
 * shown, never wall time or event rates, so identical runs give identical pages.
 */
public final class HtmlReportWriter {

  /**
   * Writes the report page.
   *
   * @param result    the run's results
   * @param info      only {@code version} and {@code commit} are used
   * @param chartsDir charts folder relative to the page, e.g. "charts"
   * @param charts    charts to show, in order
   * @param dataFiles data files to link, in order
   * @param file      where to write the page
   */
  public void write(RunResult result, RunInfo info, String chartsDir, List<ChartFile> charts,
      List<DataFile> dataFiles, Path file) throws IOException {
    Files.writeString(file, render(result, info, chartsDir, charts, dataFiles),
        StandardCharsets.UTF_8);
  }

  /** The page as text (package-visible for tests). */
  String render(RunResult result, RunInfo info, String chartsDir, List<ChartFile> charts,
      List<DataFile> dataFiles) {
    StringBuilder h = new StringBuilder(8192 + result.resolvedScenario().length() * 2);
    String name = escape(result.scenarioName());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>citysim run: ").append(name).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(name).append("</h1>\n");
    if (!result.description().isBlank()) {
      h.append("<p class=\"description\">").append(escape(result.description())).append("</p>\n");
    }
    inputs(h, result, info);
    kpis(h, result);
    JunctionSection.append(h, result.junctions());
    cameras(h, result);
    AirQualitySection.append(h, result.pollution(), chartsDir, section(charts,
        ChartFile.AIR_QUALITY));
    IncidentsSection.append(h, result.incidents(), result.kpis(), chartsDir,
        section(charts, ChartFile.INCIDENTS));
    warnings(h, result.warnings());
    charts(h, chartsDir, charts);
    dataFiles(h, dataFiles);
    h.append("<h2>Resolved scenario</h2>\n<pre>").append(escape(result.resolvedScenario()))
        .append("</pre>\n");
    h.append("<footer>Written by citysim ").append(escape(info.version()))
        .append(". Timings of this run are in <a href=\"run.json\">run.json</a>.</footer>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void inputs(StringBuilder h, RunResult r, RunInfo info) {
    h.append("<h2>Inputs</h2>\n<table class=\"inputs\">\n");
    row(h, "scenario", escape(r.scenarioName()));
    row(h, "seed", Long.toString(r.seed()));
    row(h, "replication", Integer.toString(r.replication()));
    row(h, "time window", Clock.hhmm(r.start()) + "\u2013" + Clock.hhmm(r.end()));
    row(h, "citysim version", escape(info.version()));
    row(h, "commit", "<code>" + escape(info.commit()) + "</code>");
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String key, String valueHtml) {
    h.append("<tr><th>").append(key).append("</th><td>").append(valueHtml)
        .append("</td></tr>\n");
  }

  private static void kpis(StringBuilder h, RunResult r) {
    h.append("<h2>Key performance indicators</h2>\n");
    Map<String, Object> values = r.kpis().all();
    if (values.isEmpty()) {
      h.append("<p>No KPIs were recorded.</p>\n");
      return;
    }
    h.append("<table class=\"kpis\">\n<thead><tr><th>key</th><th>value</th><th>unit</th>")
        .append("<th>meaning</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      KpiCatalog.Entry c = KpiCatalog.of(e.getKey());
      h.append("<tr><td><code>").append(escape(e.getKey())).append("</code></td>")
          .append("<td class=\"num\">").append(escape(KpiCatalog.format(e.getValue())))
          .append("</td><td>").append(escape(c.unit())).append("</td><td>")
          .append(escape(c.meaning())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** Per camera, how well it counted; only in runs with cameras. */
  private static void cameras(StringBuilder h, RunResult r) {
    if (r.sensors().cameras().isEmpty()) {
      return;
    }
    h.append("<h2>Cameras</h2>\n<p>Camera detectors standing in for vision: their counts against"
        + " the vehicles that crossed the stop line, over the intervals they reported (details in"
        + " <a href=\"cameras.csv\">cameras.csv</a>).</p>\n")
        .append("<table class=\"kpis\">\n<thead><tr><th>link</th><th>readings</th>")
        .append("<th>dropped</th><th>true [veh]</th><th>observed [veh]</th><th>recall</th>")
        .append("<th>precision</th><th>class accuracy</th><th>count MAPE [%]</th>")
        .append("<th>count bias [%]</th></tr></thead>\n<tbody>\n");
    for (CameraKpis.Summary s : CameraKpis.perCamera(r.sensors())) {
      h.append("<tr><td><code>").append(escape(s.link())).append("</code></td>");
      for (String v : List.of(Long.toString(s.readings()), Long.toString(s.dropped()),
          Long.toString(s.truth()), Long.toString(s.observed()), three(s.recall()),
          three(s.precision()), three(s.classAccuracy()), three(s.mape()), three(s.bias()))) {
        h.append("<td class=\"num\">").append(v).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String three(double v) {
    return Double.isFinite(v) ? Decimals.three(v) : "n/a";
  }

  private static void warnings(StringBuilder h, List<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    h.append("<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
    for (String w : warnings) {
      h.append("<li>").append(escape(w)).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static void charts(StringBuilder h, String dir, List<ChartFile> charts) {
    h.append("<h2>Charts</h2>\n");
    if (charts.isEmpty()) {
      h.append("<p>No charts: this run was made with <code>outputs.charts: false</code>.</p>\n");
    }
    for (ChartFile c : section(charts, ChartFile.GENERAL)) {
      figure(h, dir, c);
    }
  }

  /** The charts of one report section, in order. */
  private static List<ChartFile> section(List<ChartFile> charts, String section) {
    return charts.stream().filter(c -> c.section().equals(section)).toList();
  }

  /** One chart as a figure: the PNG, its title and caption, and a link to the SVG. */
  static void figure(StringBuilder h, String dir, ChartFile c) {
    String png = escape(dir + "/" + c.png());
    String svg = escape(dir + "/" + c.svg());
    h.append("<figure>\n<img src=\"").append(png).append("\" alt=\"")
        .append(escape(c.title())).append("\">\n<figcaption>")
        .append(escape(c.title())).append(": ").append(escape(c.caption()))
        .append(" <a href=\"").append(svg).append("\">SVG</a></figcaption>\n</figure>\n");
  }

  /** The "Data files" section: a link to each file with what it holds. */
  static void dataFiles(StringBuilder h, List<DataFile> files) {
    h.append("<h2>Data files</h2>\n<ul>\n");
    for (DataFile f : files) {
      h.append("<li><a href=\"").append(escape(f.path())).append("\">")
          .append(escape(f.path())).append("</a> \u2013 ").append(escape(f.description()))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }
}
