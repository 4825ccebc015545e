package org.citysim.reports;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder built beside its target ({@code <target>.partial}) and renamed into place, so a
 * crash while writing never leaves a complete-looking folder at the target. Public for the
 * writers of feature packages (the sweep report); the run and comparison writers use it too.
 */
public final class AtomicFolder {
  private final Path target;
  private final Path partial;
  private final Path old;
  private final String marker;

  /** Prepares an empty {@code <target>.partial}, deleting a stale one from a crashed run. */
  AtomicFolder(Path target) throws IOException {
    this(target, RunFolders.RUN_MARKER, "citysim run folder");
  }

  /**
   * Prepares an empty {@code <target>.partial} for a folder of the kind whose finished folders
   * hold {@code marker} (a run's {@code run.json}, a comparison's {@code comparison.csv}).
   *
   * @param kind what such a folder is called in messages
   */
  public AtomicFolder(Path target, String marker, String kind) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    this.marker = marker;
    Path parent = this.target.getParent();
    if (parent == null || this.target.getFileName() == null) {
      throw new IOException("cannot write a " + kind + " at the file-system root: " + target);
    }
    java.util.Optional<String> refused = RunFolders.problem(this.target, marker, kind);
    if (refused.isPresent()) {
      throw new IOException(refused.get());
    }
    String name = this.target.getFileName().toString();
    this.partial = parent.resolve(name + ".partial");
    this.old = parent.resolve(name + ".old");
    Files.createDirectories(parent);
    deleteOurs(partial);
    Files.createDirectory(partial);
    Files.createFile(partial.resolve(RunFolders.PARTIAL_MARKER));
  }

  /** Deletes a stale folder of ours; refuses to touch one that a user made. */
  private void deleteOurs(Path dir) throws IOException {
    if (!RunFolders.isOurs(dir, marker)) {
      throw new IOException("refusing to delete " + dir + ": it is not a folder citysim made");
    }
    deleteRecursively(dir);
  }

  /** The folder to write into. */
  public Path partial() {
    return partial;
  }

  /**
   * Moves the finished folder to the target. An existing target is renamed aside first and
   * deleted only after the new folder is in place; if the second rename fails the old one is
   * restored.
   */
  public void commit() throws IOException {
    Files.delete(partial.resolve(RunFolders.PARTIAL_MARKER));
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    deleteOurs(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    deleteRecursively(old);
  }

  /** Deletes the partial folder after a failure; best effort, never masks the cause. */
  public void abandon(Throwable cause) {
    try {
      deleteRecursively(partial);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  /** Deletes {@code dir} and its content if it exists; does not follow symbolic links. */
  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        deleteIfPresent(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        deleteIfPresent(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteIfPresent(Path p) throws IOException {
    try {
      Files.deleteIfExists(p);
    } catch (NoSuchFileException | DirectoryNotEmptyException e) {
      throw new IOException("could not delete " + p, e);
    }
  }
}
