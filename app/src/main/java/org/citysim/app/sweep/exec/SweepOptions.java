package org.citysim.app.sweep.exec;

import java.nio.file.Path;

/**
 * How to carry out a sweep (the command line's options).
 *
 * @param out         output folder, or null for {@code sweeps/<name>}
 * @param resume      continue the sweep in a non-empty output folder, skipping recorded runs
 * @param retryFailed with {@code resume}, make the runs recorded as failed again
 * @param engine      engine name ({@code local} or {@code spark})
 * @param parallelism runs at once (at least 1)
 * @param progressBar show a bar with ETA (on a terminal)
 * @param runLines    print one line per finished run (when there is no bar: logs, CI)
 */
public record SweepOptions(Path out, boolean resume, boolean retryFailed, String engine,
    int parallelism, boolean progressBar, boolean runLines) {
  public SweepOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
  }
}
