package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give byte-identical outputs (all but run.json). */
class RunDeterminismTest {
  private static final Path GRID_TOWN = Path.of("..", "scenarios", "grid-town.yaml");
  private static final Path BOTTLENECK = Path.of("..", "scenarios", "bottleneck.yaml");

  @TempDir
  Path tmp;

  private static List<Path> deterministicFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("run.json"))
          .filter(p -> !p.getFileName().toString().endsWith(".png"))
          .map(dir::relativize).sorted().toList();
    }
  }

  private void assertSameOutputs(Path scenario, String... extra) throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    String[] argsA = concat(new String[] {"run", "-q", scenario.toString(), "--out", a.toString()},
        extra);
    String[] argsB = concat(new String[] {"run", "-q", scenario.toString(), "--out", b.toString()},
        extra);
    Cli ra = Cli.run(argsA);
    assertEquals(0, ra.exit(), ra.err());
    Cli rb = Cli.run(argsB);
    assertEquals(0, rb.exit(), rb.err());
    List<Path> files = deterministicFiles(a);
    assertEquals(files, deterministicFiles(b));
    for (String must : List.of("summary.json", "trips.csv", "links.csv", "series.csv",
        "junctions.csv", "junction-queues.csv", "scenario.yaml", "index.html",
        "charts/network.svg", "charts/vehicles-in-network.svg",
        "charts/travel-time-distribution.svg", "charts/junction-delay.svg",
        "charts/junction-queues.svg")) {
      assertTrue(files.contains(Path.of(must)), "missing " + must);
    }
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
          "differs: " + f);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void gridTown_sameSeed_byteIdenticalOutputs() throws IOException {
    assertSameOutputs(GRID_TOWN);
  }

  @Test
  void bottleneck_withOverrides_byteIdenticalOutputs() throws IOException {
    assertSameOutputs(BOTTLENECK, "--seed", "11", "--set", "simulation.end=08:00");
  }

  @Test
  void gridTown_withCamerasInRainAndDropouts_byteIdenticalOutputs() throws IOException {
    assertSameOutputs(GRID_TOWN, "--set", "sensors.cameras=[r2c2-r2c3, r3c3-r3c2]",
        "--set", "sensors.dropout=0.05",
        "--set", "sensors.weather=[{from: \"07:30\", to: \"08:15\", condition: rain}]");
    List<Path> files = deterministicFiles(tmp.resolve("a"));
    assertTrue(files.contains(Path.of("cameras.csv")), files::toString);
    assertTrue(files.contains(Path.of("charts", "camera-counts.svg")), files::toString);
    assertTrue(Files.readString(tmp.resolve("a").resolve("cameras.csv")).contains(",rain,"));
  }

  @Test
  void anotherSeed_givesOtherTrips() throws IOException {
    Path a = tmp.resolve("s1");
    Path b = tmp.resolve("s2");
    assertEquals(0, Cli.run("run", "-q", GRID_TOWN.toString(), "--out", a.toString(),
        "--seed", "1").exit());
    assertEquals(0, Cli.run("run", "-q", GRID_TOWN.toString(), "--out", b.toString(),
        "--seed", "2").exit());
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("trips.csv")),
        Files.readAllBytes(b.resolve("trips.csv"))));
    assertEquals(2, new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(b.resolve("summary.json").toFile()).at("/scenario/seed").asLong());
  }
}
