package org.citysim.app.sweep.exec;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.store.ResultStore;
import org.citysim.app.sweep.store.ResultStoreException;
import org.citysim.app.sweep.store.ResultStores;

/**
 * How far a sweep is, for {@code citysim sweep status}: from the results store when no
 * process holds it, else from the {@code progress.json} the running sweep keeps.
 */
public final class SweepStatus {
  private SweepStatus() {}

  /**
   * One line (or two) describing the sweep's state.
   *
   * @param total runs in the sweep, from its file
   */
  public static String describe(SweepFile file, SweepFolder folder, int total)
      throws ResultStoreException {
    String name = "sweep " + file.name();
    if (!Files.isRegularFile(folder.store())) {
      return name + ": not started (no " + folder.store() + ")";
    }
    try (ResultStore store = ResultStores.open(folder.store(), true)) {
      if (store.schema() == null) {
        return name + ": not started (the store in " + folder.dir() + " is empty)";
      }
      Map<String, String> meta = store.metadata();
      boolean same = file.textHash().equals(meta.get("sweep.sha256"));
      Map<String, RunOutcome.Status> recorded = store.recorded();
      long failed = recorded.values().stream().filter(s -> s == RunOutcome.Status.FAILED)
          .count();
      boolean exported = Files.isRegularFile(folder.csv());
      String state = recorded.size() >= total ? (exported ? "finished" : "all runs recorded")
          : "stopped";
      return String.format(Locale.ROOT, "%s: %s, %d of %d runs recorded (%d failed)%s",
          name, state, recorded.size(), total, failed, same ? ""
              : "; the sweep file changed since the sweep started, so --resume will refuse it");
    } catch (ResultStoreException e) {
      if (!e.busy()) {
        throw e;
      }
      return name + ": " + running(folder);
    }
  }

  private static String running(SweepFolder folder) {
    Optional<ProgressFile> p = ProgressFile.read(folder.progress());
    if (p.isEmpty()) {
      return "running (no progress reported yet)";
    }
    ProgressFile f = p.get();
    String eta = f.etaSeconds() < 0 ? "ETA not known yet" : "ETA " + human(f.etaSeconds());
    return String.format(Locale.ROOT, "%s, %d of %d runs recorded (%d failed), started %s, "
        + "%s (as of %s)", f.state(), f.done(), f.total(), f.failed(), f.started(), eta,
        f.updated());
  }

  /** E.g. "42 s", "3 min 5 s", "2 h 10 min". */
  static String human(double seconds) {
    Duration d = Duration.ofSeconds(Math.round(seconds));
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
    return d.toSeconds() + " s";
  }
}
