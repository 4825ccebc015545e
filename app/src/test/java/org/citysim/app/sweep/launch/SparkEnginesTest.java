package org.citysim.app.sweep.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.app.sweep.SweepEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the Spark engine. In the tests Spark is on the class path (provided scope), so the
 * engine comes from there; the isolated loader's folder is checked on its own. (Loading from
 * app/target through ./citysim is checked by hand: docs/sweeps-spark.md.)
 */
class SparkEnginesTest {
  @TempDir
  Path dir;

  @Test
  void onTheClassPath_theEngineIsMadeDirectly_withoutStartingSpark() throws Exception {
    assertTrue(SparkEngines.onClassPath());
    SweepEngine engine = SparkEngines.create((job, task) -> null, SparkOptions.defaults());
    assertEquals("org.citysim.app.sweep.spark.SparkEngine", engine.getClass().getName());
    assertEquals(SparkEngines.class.getClassLoader(), engine.getClass().getClassLoader());
  }

  @Test
  void aFolderWithoutTheEngine_isReportedWithTheFix() {
    EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
        () -> SparkEngines.jars(dir));
    assertTrue(e.getMessage().contains("citysim-app-spark.jar and spark-lib/"), e.getMessage());
    assertTrue(e.getMessage().contains("mvn -B package -DskipTests"), e.getMessage());
  }

  @Test
  void anEmptySparkLib_isReported() throws Exception {
    Files.createFile(dir.resolve(SparkEngines.JAR));
    Files.createDirectory(dir.resolve(SparkEngines.LIB));
    EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
        () -> SparkEngines.jars(dir));
    assertTrue(e.getMessage().contains("holds no jars"), e.getMessage());
  }

  @Test
  void theLoaderSees_theEngineJarFirst_thenSparksJarsInNameOrder() throws Exception {
    Files.createFile(dir.resolve(SparkEngines.JAR));
    Path lib = Files.createDirectory(dir.resolve(SparkEngines.LIB));
    for (String n : List.of("b.jar", "a.jar", "notes.txt")) {
      Files.createFile(lib.resolve(n));
    }
    assertEquals(List.of(dir.resolve(SparkEngines.JAR).toUri().toURL(),
        lib.resolve("a.jar").toUri().toURL(), lib.resolve("b.jar").toUri().toURL()),
        SparkEngines.jars(dir));
  }

  @Test
  void options_refuseImpossibleBatching() {
    assertThrows(IllegalArgumentException.class,
        () -> SparkOptions.defaults().withRunsPerTask(5, 4));
    assertThrows(IllegalArgumentException.class,
        () -> SparkOptions.defaults().withRunsPerTask(0, 4));
    assertThrows(IllegalArgumentException.class, () -> SparkOptions.defaults().withMaster(" "));
  }
}
