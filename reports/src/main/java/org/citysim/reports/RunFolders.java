package org.citysim.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which folders a run may write to. A run replaces its target folder, so the target must be
 * absent, an empty folder, or an earlier citysim run folder (it holds {@code run.json}); and it
 * must not contain the current working directory. Anything else is refused: a typo in
 * {@code --out} must never delete a user's files.
 */
public final class RunFolders {
  /** File every finished run folder holds. */
  static final String RUN_MARKER = "run.json";
  /** File a folder being written holds until it is renamed into place. */
  static final String PARTIAL_MARKER = ".citysim-partial";

  private RunFolders() {}

  /** Why {@code target} cannot receive a run folder, or empty if it can. */
  public static Optional<String> problem(Path target) {
    return problem(target, RUN_MARKER, "citysim run folder");
  }

  /**
   * Why {@code target} cannot receive a folder of the kind whose finished folders hold
   * {@code marker}, or empty if it can.
   *
   * @param kind what such a folder is called in messages, e.g. "citysim run folder"
   */
  public static Optional<String> problem(Path target, String marker, String kind) {
    Path t = target.toAbsolutePath().normalize();
    if (t.getParent() == null || t.getFileName() == null) {
      return Optional.of("cannot write a run folder at the file-system root");
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    if (cwd.startsWith(t)) {
      return Optional.of("the output folder " + t + " contains the current directory");
    }
    if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
      Path p = t.getParent();
      while (p != null && !Files.exists(p)) {
        p = p.getParent();
      }
      if (p != null && !Files.isDirectory(p)) {
        return Optional.of(p + " is a file, so " + t + " cannot be created");
      }
      return Optional.empty();
    }
    if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("output path exists and is not a folder: " + t);
    }
    if (isEmpty(t) || Files.isRegularFile(t.resolve(marker))) {
      return Optional.empty();
    }
    return Optional.of("refusing to replace " + t + ": it is neither empty nor a " + kind);
  }

  /** True if {@code dir} is absent, or a folder that a run left (finished or partial). */
  static boolean isOurs(Path dir) {
    return isOurs(dir, RUN_MARKER);
  }

  /** True if {@code dir} is absent, or a finished ({@code marker}) or partial folder of ours. */
  static boolean isOurs(Path dir, String marker) {
    return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
        || Files.isRegularFile(dir.resolve(marker))
        || Files.isRegularFile(dir.resolve(PARTIAL_MARKER));
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
