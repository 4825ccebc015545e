package org.citysim.app.sweep.launch;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.TaskRunner;

/**
 * Makes the Spark engine for {@code --engine spark}.
 *
 * <p>First from our own class path (tests, IDEs, and {@code spark-submit}, which puts Spark and
 * the jars it is given on the class path). Otherwise from the folder named by the system
 * property {@value #DIR_PROPERTY} (the launcher sets it to {@code app/target}): the engine's
 * jar {@value #JAR} and Spark's jars under {@value #LIB}, through a class loader of their own,
 * made when a Spark sweep starts. So Spark's jars, a few hundred megabytes, are never opened by
 * a plain run (the same pattern as {@code ModelServices} for deeplearning4j).
 *
 * <p>The loader is made once per JVM and kept: Spark allows one context per JVM and keeps
 * process-wide state (its environment, shutdown hooks, Hadoop's file-system cache) tied to the
 * classes that loaded it.
 */
public final class SparkEngines {
  /** System property naming the folder with {@value #JAR} and {@value #LIB}. */
  public static final String DIR_PROPERTY = "citysim.spark.dir";
  /** The engine's jar in that folder (classes of {@code org.citysim.app.sweep.spark}). */
  public static final String JAR = "citysim-app-spark.jar";
  /** Spark and its dependencies in that folder, less what the application already has. */
  public static final String LIB = "spark-lib";
  /** The engine class, named here only so that nothing outside loads it by type. */
  static final String ENGINE = "org.citysim.app.sweep.spark.SparkEngine";

  private SparkEngines() {}

  /**
   * A Spark engine making runs with {@code runner}.
   *
   * @throws EngineUnavailableException when neither the class path nor the folder holds it
   */
  public static SweepEngine create(TaskRunner runner, SparkOptions options)
      throws EngineUnavailableException {
    Class<?> type = engineClass();
    try {
      return (SweepEngine) type.getConstructor(TaskRunner.class, SparkOptions.class)
          .newInstance(runner, options);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot make the Spark engine: " + cause, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Spark engine's constructor does not match", e);
    }
  }

  /** Whether the engine's classes come from the application's own class path. */
  public static boolean onClassPath() {
    return ownEngine() != null;
  }

  private static Class<?> engineClass() throws EngineUnavailableException {
    Class<?> own = ownEngine();
    if (own != null) {
      return own;
    }
    ClassLoader loader = Isolated.loader();
    try {
      return Class.forName(ENGINE, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new EngineUnavailableException("the Spark engine is not in "
          + System.getProperty(DIR_PROPERTY) + "/" + JAR + " (" + e
          + "); rebuild with `mvn -B package -DskipTests`", e);
    }
  }

  private static Class<?> ownEngine() {
    try {
      return Class.forName(ENGINE, false, SparkEngines.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /**
   * The jars of the isolated loader, engine jar first, Spark's in name order.
   *
   * @throws EngineUnavailableException when the folder lacks the engine jar or Spark's jars
   */
  static List<URL> jars(Path dir) throws EngineUnavailableException {
    String fix = "; build with `mvn -B package -DskipTests` and start through ./citysim";
    Path jar = dir.resolve(JAR);
    Path lib = dir.resolve(LIB);
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      throw new EngineUnavailableException("the Spark engine is not available: " + dir
          + " holds no " + JAR + " and " + LIB + "/" + fix);
    }
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> s = Files.list(lib)) {
      urls.add(jar.toUri().toURL());
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
          .toList()) {
        urls.add(p.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new EngineUnavailableException("cannot read " + lib + ": " + e.getMessage(), e);
    }
    if (urls.size() == 1) {
      throw new EngineUnavailableException("the Spark engine is not available: " + lib
          + " holds no jars" + fix);
    }
    return urls;
  }

  /** The isolated loader, made on first use and kept (see the class comment). */
  private static final class Isolated {
    private static ClassLoader loader;

    static synchronized ClassLoader loader() throws EngineUnavailableException {
      if (loader == null) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
          throw new EngineUnavailableException("the Spark engine is not available: Spark is"
              + " not on the class path and -D" + DIR_PROPERTY + " is not set; start through"
              + " ./citysim, or with spark-submit (docs/sweeps-spark.md)");
        }
        // Parent first. The application's classes (our contracts, the TaskRunner, Jackson,
        // slf4j) must be the same Class objects on both sides, and there is nothing to hide:
        // the build pins one version of every library Spark shares with the application
        // (Jackson 2.20, slf4j 1.7 with its simple binding, commons-math3), and spark-lib holds
        // only the jars the application does not have (Scala, Spark, Hadoop's client, Netty,
        // log4j), so parent-first and child-first would resolve the same classes.
        loader = new URLClassLoader("citysim-spark", jars(Path.of(dir)).toArray(URL[]::new),
            SparkEngines.class.getClassLoader());
      }
      return loader;
    }
  }
}
