package org.citysim.reports.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.citysim.reports.sweep.KpiGroups;
import org.citysim.reports.sweep.MorrisIndex;
import org.citysim.reports.sweep.ParameterValues;
import org.citysim.reports.sweep.SobolIndex;
import org.citysim.reports.sweep.SweepSummary;

/**
 * Writes the charts of a sweep report, each as PNG and SVG: every KPI against every parameter
 * that varies (see {@link EffectPlan}), and per KPI with indices a Sobol bar chart and a Morris
 * mu*-sigma chart. The public way into this package for sweeps, as {@link RunCharts} is for
 * runs. File names carry the KPI's and parameter's positions, so hostile names cannot make a
 * path, and a readable part for people browsing the folder.
 */
public final class SweepCharts {
  /** Longest readable part of a file name [characters]. */
  private static final int SLUG = 40;

  private final ChartOutput output;
  private final ChartStyle style;

  /** Creates the chart writer; forces headless AWT unless the JVM was told otherwise. */
  public SweepCharts() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    this.output = new ChartOutput();
    this.style = new ChartStyle();
  }

  /**
   * Writes the charts of {@code summary} into {@code dir} (created if missing), drawn
   * concurrently, one task per chart.
   *
   * @param units the unit of a KPI path as the reports write it; empty if unknown
   * @return the charts written, with file names relative to {@code dir}
   */
  public SweepChartSet write(SweepSummary summary, Function<String, String> units, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    List<ParameterValues> parameters = ParameterValues.all(summary);
    List<Callable<Void>> tasks = new ArrayList<>();
    Map<String, List<ChartFile>> effects = new HashMap<>();
    for (int k = 0; k < summary.kpis().size(); k++) {
      String kpi = summary.kpis().get(k);
      int kpiIndex = k;
      List<ChartFile> files = new ArrayList<>();
      for (ParameterValues p : parameters) {
        if (!p.varies()) {
          continue;
        }
        EffectPlan.of(summary, kpi, units.apply(kpi), parameters, p.index()).ifPresent(plan -> {
          ChartFile f = file(kpi + " against " + p.path(), plan.caption(),
              "effect-" + kpiIndex + "-" + p.index() + "-" + slug(kpi) + "-vs-"
                  + slug(p.path()));
          tasks.add(() -> output.writeBoth(new EffectChart(style).build(f.title(), plan)::draw,
              RunCharts.CHART_W, RunCharts.CHART_H, dir, f));
          files.add(f);
        });
      }
      effects.put(kpi, List.copyOf(files));
    }
    Map<String, ChartFile> sobol = new HashMap<>();
    int g = 0;
    for (Map.Entry<String, List<SobolIndex>> e : KpiGroups.byKpi(summary, summary.sobol(),
        SobolIndex::kpi, SobolIndex::parameter).entrySet()) {
      List<SobolIndex> indices = e.getValue();
      ChartFile f = file("Sobol indices of " + e.getKey(), "First-order (S1) and total (ST) "
          + "Sobol index of each parameter for " + e.getKey() + ", with 95 % bootstrap "
          + "intervals as whiskers.", "sobol-" + g++ + "-" + slug(e.getKey()));
      tasks.add(() -> output.writeBoth(new SobolChart(style).build(f.title(), indices)::draw,
          RunCharts.CHART_W, SobolChart.height(indices.size()), dir, f));
      sobol.put(e.getKey(), f);
    }
    Map<String, ChartFile> morris = new HashMap<>();
    g = 0;
    for (Map.Entry<String, List<MorrisIndex>> e : KpiGroups.byKpi(summary, summary.morris(),
        MorrisIndex::kpi, MorrisIndex::parameter).entrySet()) {
      List<MorrisIndex> indices = e.getValue();
      String unit = units.apply(e.getKey());
      ChartFile f = file("Morris screening of " + e.getKey(), "Each parameter at its mean "
          + "absolute elementary effect \u03bc* (across) and their standard deviation \u03c3 "
          + "(up) for " + e.getKey() + "; an effect is the KPI's change per whole range of "
          + "the parameter, so parameters compare. Dashed: \u03c3 = \u03bc*.",
          "morris-" + g++ + "-" + slug(e.getKey()));
      tasks.add(() -> output.writeBoth(new MorrisChart(style).build(f.title(), unit,
          indices)::draw, RunCharts.SCATTER_SIZE, RunCharts.SCATTER_SIZE, dir, f));
      morris.put(e.getKey(), f);
    }
    ParallelTasks.runAll(tasks);
    return new SweepChartSet(effects, sobol, morris);
  }

  private static ChartFile file(String title, String caption, String base) {
    return new ChartFile(title, caption, base + ".png", base + ".svg");
  }

  /** A readable, safe part of a file name: letters, digits, '.', '_' and '-' only. */
  static String slug(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.length() > SLUG ? s.substring(0, SLUG) : s;
  }
}
