package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.LevelOfService;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlChartsTest {
  @TempDir Path tmp;

  private static List<String> titles(List<ChartFile> charts) {
    return charts.stream().map(ChartFile::title).toList();
  }

  @Test
  void withJunctionsAndAgents_addsDelayQueueAndControllerCharts() throws Exception {
    List<ChartFile> charts = new RunCharts().write(TestRuns.withJunctions(), tmp);
    assertEquals(List.of("Vehicles in network", "Travel-time distribution", "Network congestion",
        "Control delay per junction", "Queues at the busiest junctions", "Controller outputs"),
        titles(charts));
    for (ChartFile c : charts) {
      assertTrue(Files.size(tmp.resolve(c.png())) > 0 && Files.size(tmp.resolve(c.svg())) > 0);
    }
    String svg = Files.readString(tmp.resolve("junction-delay.svg"));
    assertTrue(svg.contains("LOS F (&gt; 80 s)") || svg.contains("LOS F (> 80 s)"), "legend");
    assertTrue(Files.readString(tmp.resolve("controller-outputs.svg"))
        .contains("pid: green split j2"));
  }

  @Test
  void withoutSignalsOrAgents_onlyTheThreeRunCharts() throws Exception {
    List<ChartFile> charts = new RunCharts().write(TestRuns.small(), tmp);
    assertEquals(3, charts.size());
    try (var files = Files.list(tmp)) {
      assertEquals(6, files.count(), "no empty junction or controller charts");
    }
  }

  @Test
  void delayBars_areColouredByLevelOfService() throws Exception {
    // One junction per level, A to F; bars sorted worst first, so F is on top.
    List<JunctionStats> js = new ArrayList<>();
    List<TimeSeries> qs = new ArrayList<>();
    double[] delays = {5, 15, 30, 45, 70, 120};
    for (int i = 0; i < delays.length; i++) {
      js.add(new JunctionStats("j" + i, 4, 100, delays[i],
          LevelOfService.ofControlDelay(delays[i]), 10, 1, 1, 100));
      qs.add(new TimeSeries("j" + i, "veh", new double[] {0}, new double[] {0}));
    }
    Path png = tmp.resolve("d.png");
    new ChartOutput().writePng(new JunctionDelayChart(new ChartStyle()).build("d", js)::draw,
        RunCharts.CHART_W, RunCharts.CHART_H, png);
    BufferedImage img = ImageIO.read(png.toFile());
    // Walk down a column through the bars (x near the start of the value axis) and collect
    // the distinct bar colours in order.
    List<Integer> seen = new ArrayList<>();
    for (int y = 0; y < img.getHeight(); y++) {
      int rgb = img.getRGB(barX(img), y) & 0xFFFFFF;
      for (LevelOfService los : LevelOfService.values()) {
        int c = LosPalette.of(los).getRGB() & 0xFFFFFF;
        if (rgb == c && (seen.isEmpty() || seen.get(seen.size() - 1) != los.ordinal())) {
          seen.add(los.ordinal());
        }
      }
    }
    assertEquals(List.of(5, 4, 3, 2, 1, 0), seen.subList(0, Math.min(6, seen.size())),
        "bars top to bottom F..A in their level's colour");
  }

  /** A column just right of the value axis' zero, where every bar is drawn. */
  private static int barX(BufferedImage img) {
    int f = LosPalette.of(LevelOfService.F).getRGB() & 0xFFFFFF;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight() * 3 / 4; y++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == f) {
          return x + 3; // the F bar starts at zero like every bar
        }
      }
    }
    throw new AssertionError("no F bar drawn");
  }

  @Test
  void manyJunctions_chartShowsTheWorstFortyAndQueuesTheWorstFive() {
    List<JunctionStats> js = new ArrayList<>();
    List<TimeSeries> qs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      js.add(new JunctionStats("j" + i, 4, 10, i % 50, LevelOfService.ofControlDelay(i % 50), 0,
          i, 1, 10));
      qs.add(new TimeSeries("j" + i, "veh", new double[] {0}, new double[] {i}));
    }
    List<JunctionStats> shown = JunctionDelayChart.shown(js);
    assertEquals(JunctionDelayChart.MAX_BARS, shown.size());
    assertEquals(List.of("j49", "j99", "j48", "j98"),
        shown.subList(0, 4).stream().map(JunctionStats::junction).toList(),
        "worst first, equal delays in node order");
    RunResult r = TestRuns.withJunctions();
    RunResult many = new RunResult(r.scenarioName(), "", 1, 0, r.start(), r.end(), "",
        r.kpis(), r.trips(), r.linkStats(), r.series(), r.network(), List.of(), r.agents(),
        new JunctionOutputs(5, js, qs));
    assertEquals(List.of("junction j99", "junction j98", "junction j97", "junction j96",
        "junction j95"), RunCharts.worstQueues(many).stream().map(TimeSeries::name).toList());
  }

  @Test
  void sameInputTwice_identicalControlSvgs() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new RunCharts().write(TestRuns.withJunctions(), a);
    new RunCharts().write(TestRuns.withJunctions(), b);
    for (String f : List.of("junction-delay.svg", "junction-queues.svg",
        "controller-outputs.svg")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }
}
