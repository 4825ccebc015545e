package org.citysim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TripRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportWriterTest {
  static final List<String> ALL_FILES = List.of(
      "summary.json", "run.json", "scenario.yaml", "trips.csv", "links.csv", "series.csv",
      "junctions.csv", "junction-queues.csv", "index.html", "charts/vehicles-in-network.png",
      "charts/vehicles-in-network.svg",
      "charts/travel-time-distribution.png", "charts/travel-time-distribution.svg",
      "charts/network.png", "charts/network.svg");

  /** Outputs that must not depend on RunInfo (everything but run.json and the PNGs). */
  static final List<String> DETERMINISTIC = List.of(
      "summary.json", "scenario.yaml", "trips.csv", "links.csv", "series.csv", "junctions.csv",
      "junction-queues.csv", "index.html", "charts/vehicles-in-network.svg",
      "charts/travel-time-distribution.svg",
      "charts/network.svg");

  @TempDir Path tmp;

  @Test
  void write_createsAllFilesAndReturnsOutDir() throws IOException {
    Path out = tmp.resolve("a/b/run1");
    Path returned = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1.5), out);

    assertEquals(out, returned);
    for (String f : ALL_FILES) {
      assertTrue(Files.isRegularFile(out.resolve(f)), "missing " + f);
      assertTrue(Files.size(out.resolve(f)) > 0, "empty " + f);
    }
    assertFalse(Files.exists(tmp.resolve("a/b/run1.partial")));
  }

  @Test
  void write_scenarioYamlIsTheResolvedScenarioVerbatim() throws IOException {
    RunResult r = TestRuns.small();
    Path out = new RunReportWriter().write(r, TestRuns.info(1), tmp.resolve("run"));
    assertArrayEquals(r.resolvedScenario().getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(out.resolve("scenario.yaml")));
  }

  @Test
  void write_runJsonHoldsRunInfo() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.small(), TestRuns.info(2.0), tmp.resolve("r"));
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("0.1.0-test", run.get("version").asText());
    assertEquals("abc1234", run.get("commit").asText());
    assertEquals(2.0, run.get("wallTimeSeconds").asDouble());
    assertEquals(1002L, run.get("eventsProcessed").asLong());
    assertEquals(500.0, run.get("eventsPerSecond").asDouble());
    assertEquals(99L, run.get("linkTraversals").asLong());
  }

  @Test
  void write_sameResultDifferentRunInfo_givesByteIdenticalDeterministicFiles()
      throws IOException {
    Path a = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1.0), tmp.resolve("a"));
    Path b = new RunReportWriter().write(TestRuns.small(), TestRuns.info(9.0), tmp.resolve("b"));

    for (String f : DETERMINISTIC) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
          f + " differs between identical runs");
    }
    // Sanity check that the comparison can fail: run.json does carry the timings.
    assertNotEquals(Files.readString(a.resolve("run.json")),
        Files.readString(b.resolve("run.json")));
  }

  @Test
  void write_overExistingFolder_replacesItAndLeavesNoTemporaryFolders() throws IOException {
    Path out = tmp.resolve("run");
    Files.createDirectories(out.resolve("charts"));
    Files.writeString(out.resolve("run.json"), "{}"); // an earlier run folder
    Files.writeString(out.resolve("stale.txt"), "old");
    Files.writeString(out.resolve("charts/old.png"), "old");
    // A leftover from a crashed earlier write must not end up in the new folder.
    Files.createDirectories(tmp.resolve("run.partial"));
    Files.writeString(tmp.resolve("run.partial/.citysim-partial"), "");
    Files.writeString(tmp.resolve("run.partial/leftover.txt"), "crash");

    new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), out);

    assertFalse(Files.exists(out.resolve("stale.txt")));
    assertFalse(Files.exists(out.resolve("charts/old.png")));
    assertFalse(Files.exists(out.resolve("leftover.txt")));
    assertTrue(Files.exists(out.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("run"), siblings.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void write_failingMidway_leavesExistingOutDirUntouchedAndNoPartialFolder() throws IOException {
    Path out = tmp.resolve("run");
    Files.createDirectories(out);
    Files.writeString(out.resolve("run.json"), "{}");
    Files.writeString(out.resolve("index.html"), "previous report");
    RunResult r = TestRuns.small();
    // A series without a name makes chart building fail after JSON and CSV were written.
    RunResult broken = new RunResult(r.scenarioName(), r.description(), r.seed(),
        r.replication(), r.start(), r.end(), r.resolvedScenario(), r.kpis(), r.trips(),
        r.linkStats(), List.of(new org.citysim.sim.metrics.TimeSeries(null, null,
            new double[] {1}, new double[] {1})), r.network(), r.warnings());

    assertThrows(RuntimeException.class,
        () -> new RunReportWriter().write(broken, TestRuns.info(1), out));

    assertEquals("previous report", Files.readString(out.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("run"), siblings.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void write_overAFolderThatIsNotARunFolder_isRefusedAndLeavesItAlone() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "precious");
    IOException e = assertThrows(IOException.class,
        () -> new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), out));
    assertTrue(e.getMessage().contains("neither empty nor a citysim run folder"), e.getMessage());
    assertEquals("precious", Files.readString(out.resolve("notes.txt")));
    // A user's folder that merely has the name of our temporary folder is not deleted either.
    Path fake = Files.createDirectories(tmp.resolve("fresh.partial"));
    Files.writeString(fake.resolve("keep.txt"), "keep");
    assertThrows(IOException.class, () -> new RunReportWriter().write(TestRuns.small(),
        TestRuns.info(1), tmp.resolve("fresh")));
    assertEquals("keep", Files.readString(fake.resolve("keep.txt")));
  }

  @Test
  void write_outDirIsAFile_failsAndLeavesTheFile() throws IOException {
    Path out = tmp.resolve("run");
    Files.writeString(out, "not a folder");
    assertThrows(IOException.class,
        () -> new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), out));
    assertEquals("not a folder", Files.readString(out));
  }

  @Test
  void write_zeroArrivedTrips_stillWritesEveryChart() throws IOException {
    List<TripRecord> none = TestRuns.trips().stream()
        .filter(t -> t.status() != TripRecord.Status.ARRIVED).toList();
    Path out = new RunReportWriter().write(TestRuns.withTrips(none, ""), TestRuns.info(1),
        tmp.resolve("empty"));
    assertTrue(Files.size(out.resolve("charts/travel-time-distribution.svg")) > 0);
    assertTrue(Files.readString(out.resolve("charts/travel-time-distribution.svg"))
        .contains("No arrived trips"));
    assertTrue(ImageIO.read(out.resolve("charts/travel-time-distribution.png").toFile())
        .getWidth() > 0);
  }

  @Test
  void write_emptyResult_doesNotCrash() throws IOException {
    RunResult empty = new RunResult("empty", "", 1L, 0, 0.0, 0.0, "", new org.citysim.sim
        .metrics.Kpis(), List.of(), List.of(), List.of(),
        new org.citysim.sim.metrics.NetworkGeometry(List.of(), List.of()), List.of());
    Path out = new RunReportWriter().write(empty, TestRuns.info(1), tmp.resolve("e"));
    for (String f : ALL_FILES) {
      assertTrue(Files.isRegularFile(out.resolve(f)), "missing " + f);
    }
    assertEquals("id,origin,destination,departure,insertion,arrival,travelTime,delay,"
        + "freeFlowTime,distance,routeLinks,status\n", Files.readString(out.resolve("trips.csv")));
  }

  @Test
  void write_pngsHaveTheDocumentedSizes() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), tmp.resolve("p"));
    var series = ImageIO.read(out.resolve("charts/vehicles-in-network.png").toFile());
    var map = ImageIO.read(out.resolve("charts/network.png").toFile());
    assertEquals(900, series.getWidth());
    assertEquals(500, series.getHeight());
    assertEquals(800, map.getWidth());
    assertEquals(800, map.getHeight());
  }

  @Test
  void write_withCameras_addsCamerasCsvAndTheirChart_listedInTheReport() throws IOException {
    Path a = new RunReportWriter().write(TestRuns.withCameras(), TestRuns.info(1),
        tmp.resolve("a"));
    Path b = new RunReportWriter().write(TestRuns.withCameras(), TestRuns.info(7),
        tmp.resolve("b"));
    for (String f : List.of("cameras.csv", "charts/camera-counts.svg", "summary.json",
        "index.html")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
          f + " differs between identical runs");
    }
    assertEquals(600, ImageIO.read(a.resolve("charts/camera-counts.png").toFile()).getWidth());
    String html = Files.readString(a.resolve("index.html"));
    assertTrue(html.contains("<a href=\"cameras.csv\">cameras.csv</a>"));
    assertTrue(html.contains("<img src=\"charts/camera-counts.png\" alt=\"Camera counts:"
        + " observed vs true\">"));
    String svg = Files.readString(a.resolve("charts/camera-counts.svg"));
    assertTrue(svg.contains("observed = true") && svg.contains("rain"), "legend");
    JsonNode summary = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
    assertEquals(12.5, summary.at("/cameras/countError/mape").asDouble());
    assertEquals(3, summary.at("/cameras/readings").asLong());
  }

  @Test
  void write_withoutCameras_writesNoCameraFiles() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), tmp.resolve("r"));
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(ALL_FILES.stream().sorted().toList(), files.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString()).sorted().toList());
    }
    assertFalse(Files.readString(out.resolve("index.html")).contains("camera"));
  }

  @Test
  void write_withJunctions_addsTheirCsvRowsChartsAndLinks() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.withJunctions(), TestRuns.info(1),
        tmp.resolve("signals"));
    assertEquals(4, Files.readAllLines(out.resolve("junctions.csv")).size(), "header + 3");
    assertTrue(Files.readString(out.resolve("junction-queues.csv"))
        .startsWith("time,\"j,1\",j2,j3\n"));
    for (String chart : List.of("junction-delay", "junction-queues", "controller-outputs")) {
      assertTrue(Files.isRegularFile(out.resolve("charts/" + chart + ".svg")), chart);
    }
    String html = Files.readString(out.resolve("index.html"));
    for (String f : List.of("series.csv", "junctions.csv", "junction-queues.csv",
        "charts/junction-delay.png", "charts/controller-outputs.png")) {
      assertTrue(html.contains("href=\"" + f + "\"") || html.contains("src=\"" + f + "\""), f);
    }
  }

  @Test
  void write_withoutSignals_junctionFilesHoldHeadersOnly() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1), tmp.resolve("p"));
    assertEquals(List.of(org.citysim.reports.csv.JunctionsCsvWriter.HEADER),
        Files.readAllLines(out.resolve("junctions.csv")));
    assertEquals(List.of("time"), Files.readAllLines(out.resolve("junction-queues.csv")));
    assertEquals("time,vehicles in network [veh],vehicles waiting [veh]",
        Files.readAllLines(out.resolve("series.csv")).get(0));
    assertFalse(Files.exists(out.resolve("charts/junction-delay.png")));
  }
}
