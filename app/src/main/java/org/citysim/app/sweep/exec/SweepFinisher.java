package org.citysim.app.sweep.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.app.BuildInfo;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.analysis.SweepAnalysis;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.store.StoredRun;
import org.citysim.reports.sweep.RunLink;
import org.citysim.reports.sweep.SweepReportWriter;
import org.citysim.reports.sweep.SweepSummary;

/**
 * The last step of a sweep, after every run is recorded, the results are exported and the
 * best and worst runs are made again: the analysis (statistics per point, sensitivity indices)
 * and the sweep report in {@code <sweep folder>/report/}.
 */
public final class SweepFinisher {
  /** The report's folder, inside the sweep's. */
  public static final String REPORT_DIR = "report";

  /**
   * What a finished sweep hands over.
   *
   * @param file   the sweep file
   * @param plan   its design's points and structure
   * @param folder its output folder
   * @param runs   every recorded run, by point then replication
   * @param links  the best and worst runs made again, with their folders relative to {@code
   *               folder}
   * @param build  the citysim build that ran the sweep
   */
  public record Finished(SweepFile file, DesignPlan plan, SweepFolder folder,
      List<StoredRun> runs, List<RunLink> links, BuildInfo build) {
    public Finished {
      runs = List.copyOf(runs);
      links = List.copyOf(links);
    }
  }

  /**
   * Analyses the sweep and writes its report, replacing an earlier one (a resumed sweep).
   *
   * @param finished the finished sweep
   * @return the report's page
   * @throws IOException when the report cannot be written
   */
  public Path finish(Finished finished) throws IOException {
    SweepSummary summary = summary(finished);
    Path dir = finished.folder().dir().resolve(REPORT_DIR);
    new SweepReportWriter().write(summary, dir);
    return dir.resolve("index.html");
  }

  /** The analysed sweep, with run links relative to the report's folder. */
  static SweepSummary summary(Finished f) {
    SweepFile file = f.file();
    List<RunOutcome> outcomes = new ArrayList<>(f.runs().size());
    for (StoredRun r : f.runs()) {
      // The analysis reads indices and values only; the overrides are the store's columns.
      outcomes.add(new RunOutcome(new RunTask(r.point(), r.replication(), r.seed(), List.of()),
          r.status(), r.error(), r.wallSeconds(), r.kpis()));
    }
    String version = f.build().version() + " (" + f.build().commit() + ")";
    SweepSummary s = SweepAnalysis.summarise(file.name(), file.scenario().toString(),
        file.designType(), file.parameters(), f.plan(), file.kpis(), file.replications(),
        file.seed(), outcomes, version);
    List<RunLink> links = f.links().stream().map(l -> new RunLink(l.label(), l.kpi(),
        l.point(), l.replication(), l.value(), Path.of("..").resolve(l.folder()))).toList();
    return new SweepSummary(s.name(), s.scenario(), s.design(), s.parameters(), s.kpis(),
        s.replications(), s.seed(), s.runs(), s.failed(), s.points(), s.sobol(), s.morris(),
        links, s.version());
  }
}
