package org.citysim.app.sweep.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.file.BestWorst;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.run.ScenarioTaskRunner;
import org.citysim.app.sweep.store.StoredRun;
import org.citysim.reports.json.SummaryValues;
import org.citysim.reports.sweep.RunLink;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;

/**
 * Makes the best and worst completed runs of each {@code report.bestWorst} KPI again, with
 * their full run folder ({@code runs/<best|worst>-<kpi>-p<point>-r<replication>/}), for the
 * sweep report to link to. Runs are deterministic, so a re-run's KPIs equal the stored ones; a
 * difference is reported as a warning. A folder that exists already (a resumed sweep) is kept.
 * Ties go to the lowest point, then replication.
 */
final class BestWorstRuns {
  private final SweepFile file;
  private final DesignPlan plan;
  private final SweepFolder folder;
  private final BuildInfo build;

  BestWorstRuns(SweepFile file, DesignPlan plan, SweepFolder folder, BuildInfo build) {
    this.file = file;
    this.plan = plan;
    this.folder = folder;
    this.build = build;
  }

  /**
   * Makes the runs and returns their links; warnings (a re-run that differs) go to {@code
   * warnings}.
   */
  List<RunLink> make(List<StoredRun> runs, List<String> warnings)
      throws ScenarioException, IOException {
    List<RunLink> links = new ArrayList<>();
    for (BestWorst bw : file.bestWorst()) {
      List<StoredRun> ok = runs.stream().filter(r -> r.status() == RunOutcome.Status.OK)
          .filter(r -> r.kpis().containsKey(bw.kpi()) && !r.kpis().get(bw.kpi()).isNaN())
          .toList();
      if (ok.isEmpty()) {
        warnings.add("no completed run has a value of " + bw.kpi() + ": no best or worst run");
        continue;
      }
      Comparator<StoredRun> lowFirst = Comparator.comparingDouble(r -> r.kpis().get(bw.kpi()));
      // min() keeps the first of equal elements; runs come by point then replication.
      StoredRun low = ok.stream().min(lowFirst).orElseThrow();
      StoredRun high = ok.stream().min(lowFirst.reversed()).orElseThrow();
      links.add(remake("best", bw.kpi(), bw.higherBetter() ? high : low, warnings));
      links.add(remake("worst", bw.kpi(), bw.higherBetter() ? low : high, warnings));
    }
    return links;
  }

  private RunLink remake(String which, String kpi, StoredRun run, List<String> warnings)
      throws ScenarioException, IOException {
    String name = which + "-" + kpi.replaceAll("[^A-Za-z0-9._-]", "_") + "-p" + run.point()
        + "-r" + run.replication();
    Path dir = folder.runs().resolve(name);
    double stored = run.kpis().get(kpi);
    if (!Files.isRegularFile(dir.resolve("summary.json"))) {
      RunTask task = new RunTask(run.point(), run.replication(), run.seed(),
          file.overrides(point(run.point())));
      Scenario s = new ScenarioLoader().load(file.scenario(), file.scenarioText(),
          ScenarioTaskRunner.overrides(task));
      RunPipeline.Outcome o = new RunPipeline(build).run(s, file.scenario(), dir,
          Progress.QUIET);
      Object again = SummaryValues.of(o.result()).get(kpi);
      if (!(again instanceof Double d) || Double.compare(d, stored) != 0) {
        warnings.add(String.format(Locale.ROOT, "the re-run of %s %s (point %d, replication"
            + " %d) gave %s, the store has %s", which, kpi, run.point(), run.replication(),
            again, stored));
      }
    }
    return new RunLink(which + " " + kpi, kpi, run.point(), run.replication(), stored,
        folder.dir().relativize(dir));
  }

  private DesignPoint point(int index) {
    Optional<DesignPoint> p = plan.points().stream().filter(x -> x.index() == index)
        .findFirst();
    return p.orElseThrow(() -> new IllegalStateException("no design point " + index));
  }
}
