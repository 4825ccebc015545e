package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.chart.SweepChartSet;
import org.citysim.reports.sweep.ParameterValues;
import org.citysim.reports.sweep.RunLink;
import org.citysim.reports.sweep.SweepSummary;
import org.citysim.reports.text.Estimates;

/**
 * Writes the {@code index.html} of a sweep: what was swept (inputs), links to the best and
 * worst runs' own reports, every KPI against every parameter, the sensitivity indices when the
 * design has them, and the table of design points. Offline and deterministic like the run
 * report: the same summary gives the same page.
 */
public final class SweepHtmlWriter {

  /**
   * Writes the page.
   *
   * @param summary   the sweep's summary
   * @param chartsDir charts folder relative to the page
   * @param charts    the charts drawn
   * @param dataFiles data files to link, in order
   */
  public void write(SweepSummary summary, String chartsDir, SweepChartSet charts,
      List<DataFile> dataFiles, Path file) throws IOException {
    Files.writeString(file, render(summary, chartsDir, charts, dataFiles),
        StandardCharsets.UTF_8);
  }

  /** The page as text (package-visible for tests). */
  String render(SweepSummary s, String chartsDir, SweepChartSet charts,
      List<DataFile> dataFiles) {
    StringBuilder h = new StringBuilder(32768 + 200 * Math.min(s.points().size(),
        SweepPointsTable.MAX_ROWS) * (2 + s.kpis().size()));
    String name = escape(s.name());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>citysim sweep: ").append(name).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append(ReportStyle.SWEEP_CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>Sweep: ").append(name).append("</h1>\n")
        .append("<p class=\"description\">").append(s.points().size())
        .append(" design points (").append(escape(s.design())).append(") \u00d7 ")
        .append(s.replications()).append(s.replications() == 1 ? " replication" :
            " replications").append(" of <code>").append(escape(s.scenario()))
        .append("</code>.</p>\n");
    List<ParameterValues> parameters = ParameterValues.all(s);
    inputs(h, s, parameters);
    warnings(h, s);
    links(h, s.links());
    effects(h, s, parameters, chartsDir, charts);
    SweepSensitivitySection.sobol(h, s, chartsDir, charts);
    SweepSensitivitySection.morris(h, s, chartsDir, charts);
    SweepPointsTable.append(h, s);
    HtmlReportWriter.dataFiles(h, dataFiles);
    h.append("<footer>Written by <code>citysim sweep</code>, citysim ")
        .append(escape(s.version())).append(".</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void inputs(StringBuilder h, SweepSummary s,
      List<ParameterValues> parameters) {
    h.append("<h2>Inputs</h2>\n<table class=\"inputs\">\n");
    row(h, "sweep", escape(s.name()));
    row(h, "base scenario", "<code>" + escape(s.scenario()) + "</code>");
    row(h, "design", escape(s.design()));
    StringBuilder params = new StringBuilder("<ul>");
    for (ParameterValues v : parameters) {
      params.append("<li><code>").append(escape(v.path())).append("</code>: ")
          .append(escape(v.describe())).append("</li>");
    }
    row(h, "parameters", params.append("</ul>").toString());
    StringBuilder kpis = new StringBuilder("<ul>");
    for (String k : s.kpis()) {
      KpiCatalog.Entry e = KpiCatalog.of(k);
      kpis.append("<li><code>").append(escape(k)).append("</code>")
          .append(e.unit().isEmpty() ? "" : " [" + escape(e.unit()) + "]")
          .append(e.meaning().isEmpty() ? "" : " \u2013 " + escape(e.meaning()))
          .append("</li>");
    }
    row(h, "KPIs", kpis.append("</ul>").toString());
    row(h, "replications", Integer.toString(s.replications()));
    row(h, "seed", Long.toString(s.seed()));
    row(h, "design points", Integer.toString(s.points().size()));
    row(h, "runs", s.runs() + " recorded of " + planned(s) + " planned");
    row(h, "failed runs", Integer.toString(s.failed()));
    row(h, "citysim version", escape(s.version()));
    h.append("</table>\n");
  }

  /** Runs the design asks for: every point at every replication. */
  private static long planned(SweepSummary s) {
    return (long) s.points().size() * s.replications();
  }

  private static void row(StringBuilder h, String key, String valueHtml) {
    h.append("<tr><th>").append(key).append("</th><td>").append(valueHtml)
        .append("</td></tr>\n");
  }

  private static void warnings(StringBuilder h, SweepSummary s) {
    StringBuilder w = new StringBuilder();
    if (s.failed() > 0) {
      w.append("<li>").append(s.failed()).append(" of ").append(s.runs())
          .append(" runs failed: each point's statistics use its completed runs only, and ")
          .append("results.csv has the errors.</li>\n");
    }
    if (s.runs() < planned(s)) {
      w.append("<li>Only ").append(s.runs()).append(" of the ").append(planned(s))
          .append(" planned runs are recorded: the sweep has not finished, and points with ")
          .append("fewer replications have wider intervals.</li>\n");
    }
    if (!w.isEmpty()) {
      h.append("<ul class=\"warnings\">\n").append(w).append("</ul>\n");
    }
  }

  private static void links(StringBuilder h, List<RunLink> links) {
    h.append("<h2>Best and worst runs</h2>\n");
    if (links.isEmpty()) {
      h.append("<p>No run reports are linked.</p>\n");
      return;
    }
    h.append("<p>Single runs, not point means: each link opens that run's own report.</p>\n")
        .append("<table class=\"links\">\n<thead><tr><th>run</th><th>KPI</th><th>point</th>")
        .append("<th>replication</th><th>value</th><th>report</th></tr></thead>\n<tbody>\n");
    for (RunLink l : links) {
      String href = escape(RunHref.of(l.folder()));
      h.append("<tr><td>").append(escape(l.label())).append("</td><td><code>")
          .append(escape(l.kpi())).append("</code></td><td class=\"num\">").append(l.point())
          .append("</td><td class=\"num\">").append(l.replication())
          .append("</td><td class=\"num\">").append(escape(Estimates.number(l.value())))
          .append("</td><td><a href=\"").append(href).append("\"><code>")
          .append(escape(RunHref.display(l.folder()))).append("</code></a></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void effects(StringBuilder h, SweepSummary s,
      List<ParameterValues> parameters, String chartsDir, SweepChartSet charts) {
    h.append("<h2>KPIs against parameters</h2>\n");
    if (parameters.stream().noneMatch(ParameterValues::varies)) {
      h.append("<p>No parameter takes more than one value: there is nothing to plot.</p>\n");
      return;
    }
    h.append("<p class=\"note\">Each point is one design point: the mean of the KPI over the ")
        .append("point's completed replications, with the 95 % confidence interval of that ")
        .append("mean (Student t). Where other parameters vary too, a point's height also ")
        .append("reflects them: read such a chart as a scatter, not as a curve.</p>\n");
    for (String k : s.kpis()) {
      h.append("<h3><code>").append(escape(k)).append("</code></h3>\n");
      List<ChartFile> files = charts.effects(k);
      if (files.isEmpty()) {
        h.append("<p>No chart: no design point has a completed run that recorded this KPI.")
            .append("</p>\n");
      }
      for (ChartFile c : files) {
        HtmlReportWriter.figure(h, chartsDir, c);
      }
    }
  }
}
