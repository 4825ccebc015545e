package org.citysim.app.sweep.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.spark.SimulationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application (after {@code mvn package}), started as the launcher starts it:
 * {@code citysim-app.jar} and {@code target/lib} on the class path, no Spark. A plain run loads
 * no Spark class; a Spark sweep loads the engine and Spark from {@code citysim-app-spark.jar}
 * and {@code spark-lib} through SparkEngines' own loader, and gives the outcomes of the same
 * runs made one after the other.
 */
class SparkPackagingIT {
  private static final Path TARGET = Path.of("target");
  private static final Path TINY = Path.of("src", "test", "resources", "sweep", "tiny-town.yaml");

  @TempDir
  Path tmp;

  @Test
  void aPlainRun_loadsNoSparkOrScalaClass() throws Exception {
    Result r = java(List.of("-verbose:class"), "org.citysim.app.Main", "run", "-q",
        TINY.toString(), "--out", tmp.resolve("run").toString());
    assertEquals(0, r.exit(), r.out());
    List<String> loaded = r.out().lines().filter(l -> l.contains("class,load")).toList();
    assertTrue(loaded.size() > 1000, "no class-loading log: " + loaded.size());
    assertEquals(List.of(), loaded.stream()
        .filter(l -> l.contains(" org.apache.spark.") || l.contains(" scala.")
            || l.contains("spark-lib") || l.contains("citysim-app-spark.jar"))
        .toList());
  }

  @Test
  void aSparkSweep_loadsTheEngineApart_andMatchesSequentialRuns() throws Exception {
    List<String> args = new ArrayList<>();
    args.add("@" + Path.of("..", "src", "build", "spark-java.args").toAbsolutePath());
    args.add("-D" + SparkEngines.DIR_PROPERTY + "=" + TARGET.toAbsolutePath());
    Result r = java(args, IsolatedEngineMain.class.getName(), TINY.toString());
    assertEquals(0, r.exit(), r.out());
    List<String> lines = r.out().lines()
        .filter(l -> l.startsWith("loader=") || l.matches("\\d+/\\d+ .*")).toList();

    SweepJob job = new SweepJob(TINY.toString(), Files.readString(TINY),
        List.of("delay.mean", "vehicles.arrived"), 1);
    List<String> expected = new ArrayList<>();
    for (RunTask t : IsolatedEngineMain.tasks()) {
      expected.add(IsolatedEngineMain.line(new SimulationRunner().run(job, t)));
    }
    Collections.sort(expected);
    expected.add(0, "loader=citysim-spark");
    assertEquals(expected, lines, r.out());
  }

  private record Result(int exit, String out) {}

  /** Starts a JVM on the launcher's class path plus our test classes (not Spark). */
  private Result java(List<String> jvmArgs, String main, String... args)
      throws IOException, InterruptedException {
    String cp = String.join(File.pathSeparator, TARGET.resolve("citysim-app.jar").toString(),
        TARGET.resolve("lib").resolve("*").toString(),
        TARGET.resolve("test-classes").toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-Djava.awt.headless=true");
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add(main);
    cmd.addAll(List.of(args));
    Path log = tmp.resolve("out.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    int exit = p.waitFor();
    return new Result(exit, Files.readString(log));
  }
}
