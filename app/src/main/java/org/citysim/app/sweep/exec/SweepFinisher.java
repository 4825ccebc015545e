package org.citysim.app.sweep.exec;

import java.nio.file.Path;
import java.util.List;
import org.citysim.app.BuildInfo;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.store.StoredRun;
import org.citysim.reports.sweep.RunLink;

/**
 * The last step of a sweep, after every run is recorded, the results are exported and the
 * best and worst runs are made again: where the analysis (statistics per point, sensitivity
 * indices into a {@link org.citysim.reports.sweep.SweepSummary}) and the sweep report are to
 * be made. For now it writes nothing.
 */
public final class SweepFinisher {
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
   * Analyses the sweep and writes its report; returns the files written (none yet).
   *
   * @param finished the finished sweep
   */
  public List<Path> finish(Finished finished) {
    // To be wired: SweepAnalysis (statistics and sensitivity) -> SweepSummary ->
    // SweepReportWriter into finished.folder().dir().
    return List.of();
  }
}
