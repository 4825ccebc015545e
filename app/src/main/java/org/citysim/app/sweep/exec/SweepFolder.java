package org.citysim.app.sweep.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.citysim.app.sweep.store.ResultStores;

/**
 * The files of a sweep's output folder (default {@code sweeps/<name>/}).
 *
 * @param dir the folder
 */
public record SweepFolder(Path dir) {
  /** The default folder of the sweep {@code name}: {@code sweeps/<name>} in the working folder. */
  public static SweepFolder of(String name, Path out) {
    return new SweepFolder(out != null ? out : Path.of("sweeps", name));
  }

  /** The results store. */
  public Path store() {
    return dir.resolve(ResultStores.FILE);
  }

  /** The results as CSV, written when the sweep finishes. */
  public Path csv() {
    return dir.resolve("results.csv");
  }

  /** The results as Parquet, written when the sweep finishes. */
  public Path parquet() {
    return dir.resolve("results.parquet");
  }

  /** Progress of a running sweep, for {@code citysim sweep status} while the store is busy. */
  public Path progress() {
    return dir.resolve("progress.json");
  }

  /** Folders of the best and worst runs, made again with full output. */
  public Path runs() {
    return dir.resolve("runs");
  }

  /** Whether the folder exists and holds anything. */
  public boolean nonEmpty() throws IOException {
    if (!Files.isDirectory(dir)) {
      return Files.exists(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }
}
