package org.citysim.app.sweep.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;

/**
 * Counts a sweep session's outcomes (runs recorded in earlier sessions included) and keeps
 * {@code progress.json} up to date: rewritten at most once a second, and at once on the last
 * run and on a change of state. Used from the thread that records outcomes.
 */
final class RunCounter {
  /** How often {@code progress.json} is rewritten at most [ns]. */
  private static final long PROGRESS_EVERY = 1_000_000_000L;

  final SweepFolder folder;
  final int total;
  final Instant started = Instant.now();
  final long t0 = System.nanoTime();
  final int todo;
  int done;
  int failed;
  int made;
  long lastWrite = Long.MIN_VALUE;

  RunCounter(SweepFolder folder, int total, List<RunTask> todo,
      Map<String, RunOutcome.Status> recorded) {
    this.folder = folder;
    this.total = total;
    this.todo = todo.size();
    Set<String> again = new HashSet<>();
    todo.forEach(t -> again.add(t.key()));
    recorded.forEach((key, status) -> {
      if (!again.contains(key)) {
        done++;
        failed += status == RunOutcome.Status.FAILED ? 1 : 0;
      }
    });
    progress("running", true);
  }

  void add(RunOutcome o) {
    made++;
    done++;
    if (o.status() == RunOutcome.Status.FAILED) {
      failed++;
    }
    progress("running", made == todo);
  }

  double seconds() {
    return (System.nanoTime() - t0) / 1e9;
  }

  void progress(String state, boolean now) {
    long t = System.nanoTime();
    if (!now && t - lastWrite < PROGRESS_EVERY) {
      return;
    }
    lastWrite = t;
    double eta = made == 0 ? -1 : seconds() / made * (todo - made);
    try {
      ProgressFile.write(folder.progress(), new ProgressFile(state, total, done, failed,
          started, Instant.now(), eta));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
