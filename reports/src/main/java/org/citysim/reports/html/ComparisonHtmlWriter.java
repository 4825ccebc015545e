package org.citysim.reports.html;

import static org.citysim.reports.html.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.compare.Better;
import org.citysim.reports.compare.KpiComparison;
import org.citysim.reports.compare.RunData;
import org.citysim.reports.text.Clock;

/**
 * Writes the {@code index.html} of a comparison: the runs compared, the KPI table side by side
 * with the change against the first run and the best value marked, and the comparison charts.
 * Offline and deterministic like the run report: same inputs, same page.
 */
public final class ComparisonHtmlWriter {

  /**
   * Writes the page.
   *
   * @param runs      the runs, the reference first
   * @param table     their KPI table
   * @param version   citysim version that wrote the comparison
   * @param chartsDir charts folder relative to the page
   * @param charts    charts to show, in order
   * @param dataFiles data files to link, in order
   */
  public void write(List<RunData> runs, KpiComparison table, String version, String chartsDir,
      List<ChartFile> charts, List<DataFile> dataFiles, Path file) throws IOException {
    Files.writeString(file, render(runs, table, version, chartsDir, charts, dataFiles),
        StandardCharsets.UTF_8);
  }

  /** The page as text (package-visible for tests). */
  String render(List<RunData> runs, KpiComparison table, String version, String chartsDir,
      List<ChartFile> charts, List<DataFile> dataFiles) {
    StringBuilder h = new StringBuilder(16384);
    String title = escape(String.join(" vs ", table.runs()));
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>citysim comparison: ").append(title).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>Comparison: ").append(title).append("</h1>\n")
        .append("<p class=\"description\">").append(runs.size()).append(" runs. The first, <b>")
        .append(escape(table.runs().get(0))).append("</b>, is the reference: changes are ")
        .append("(run \u2212 reference) / |reference|. The best value of each KPI is marked ")
        .append("\u2605 (on a green ground); KPIs without a better direction mark none, and ")
        .append("neither do KPIs on which all runs agree.</p>\n");
    runsTable(h, runs);
    kpiTable(h, table);
    h.append("<h2>Charts</h2>\n");
    if (charts.isEmpty()) {
      h.append("<p>No charts: the runs have no time series and no signalised junctions.</p>\n");
    }
    for (ChartFile c : charts) {
      String png = escape(chartsDir + "/" + c.png());
      String svg = escape(chartsDir + "/" + c.svg());
      h.append("<figure>\n<img src=\"").append(png).append("\" alt=\"")
          .append(escape(c.title())).append("\">\n<figcaption>")
          .append(escape(c.title())).append(": ").append(escape(c.caption()))
          .append(" <a href=\"").append(svg).append("\">SVG</a></figcaption>\n</figure>\n");
    }
    h.append("<h2>Data files</h2>\n<ul>\n");
    for (DataFile f : dataFiles) {
      h.append("<li><a href=\"").append(escape(f.path())).append("\">")
          .append(escape(f.path())).append("</a> \u2013 ").append(escape(f.description()))
          .append("</li>\n");
    }
    h.append("</ul>\n<footer>Written by citysim ").append(escape(version))
        .append(" (citysim compare).</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void runsTable(StringBuilder h, List<RunData> runs) {
    h.append("<h2>Runs</h2>\n<table class=\"inputs\">\n<thead><tr><th>run</th><th>folder</th>")
        .append("<th>scenario</th><th>seed</th><th>replication</th><th>time window</th>")
        .append("</tr></thead>\n<tbody>\n");
    Set<String> scenarios = new LinkedHashSet<>();
    for (RunData r : runs) {
      scenarios.add(r.scenario());
      h.append("<tr><td>").append(escape(r.label())).append("</td><td><code>")
          .append(escape(r.folder().toString())).append("</code></td><td>")
          .append(escape(r.scenario())).append("</td><td class=\"num\">").append(r.seed())
          .append("</td><td class=\"num\">").append(r.replication()).append("</td><td>")
          .append(Clock.hhmm(r.start())).append("\u2013").append(Clock.hhmm(r.end()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (scenarios.size() > 1) {
      h.append("<ul class=\"warnings\"><li>The runs come from different scenarios (")
          .append(escape(String.join(", ", scenarios))).append("): junctions and KPIs are ")
          .append("matched by name only.</li></ul>\n");
    }
  }

  private static void kpiTable(StringBuilder h, KpiComparison t) {
    h.append("<h2>Key performance indicators</h2>\n");
    if (t.rows().isEmpty()) {
      h.append("<p>No KPIs were recorded.</p>\n");
      return;
    }
    List<String> runs = t.runs();
    h.append("<table class=\"kpis\">\n<thead><tr><th>key</th><th>unit</th><th>better</th>")
        .append("<th>").append(escape(runs.get(0))).append(" (reference)</th>");
    for (int i = 1; i < runs.size(); i++) {
      h.append("<th>").append(escape(runs.get(i))).append("</th><th>change</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (KpiComparison.Row row : t.rows()) {
      boolean[] best = row.best();
      double[] change = row.changes();
      h.append("<tr><td><code>").append(escape(row.key())).append("</code></td><td>")
          .append(escape(row.unit())).append("</td><td>").append(direction(row.better()))
          .append("</td>");
      for (int i = 0; i < runs.size(); i++) {
        Object v = row.values().get(i);
        String text = v == null ? "\u2013" : KpiCatalog.format(v);
        h.append("<td class=\"num").append(best[i] ? " best" : i == 0 ? " ref" : "")
            .append("\">").append(best[i] ? "\u2605 " : "").append(escape(text))
            .append("</td>");
        if (i > 0) {
          h.append("<td class=\"num\">").append(percent(change[i])).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String direction(Better b) {
    return switch (b) {
      case LOWER -> "lower";
      case HIGHER -> "higher";
      case NONE -> "";
    };
  }

  /** A change for people: one decimal with its sign, "n/a" when undefined. */
  static String percent(double change) {
    if (!Double.isFinite(change)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%+.1f %%", change);
    return s.equals("-0.0 %") ? "+0.0 %" : s.replace('-', '\u2212');
  }
}
