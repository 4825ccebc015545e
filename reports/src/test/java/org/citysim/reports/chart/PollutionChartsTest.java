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
import org.citysim.reports.PollutionTestRuns;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollutionChartsTest {
  static final List<String> AIR_CHARTS = List.of("pollution-no2-mean", "pollution-no2-peak",
      "pollution-pm25-mean", "pollution-pm25-peak", "aqi-no2", "aqi-pm25",
      "attribution-1-s1", "attribution-2-s_2");

  @TempDir Path tmp;

  @Test
  void write_withPollution_addsAirQualityChartsAfterTheOthers_pngAndSvg() throws Exception {
    List<ChartFile> charts = new RunCharts().write(PollutionTestRuns.run(), tmp);
    List<String> air = new ArrayList<>();
    for (ChartFile c : charts) {
      if (c.section().equals(ChartFile.AIR_QUALITY)) {
        air.add(c.png().replace(".png", ""));
        assertTrue(ImageIO.read(tmp.resolve(c.png()).toFile()).getWidth() > 0, c.png());
        assertTrue(Files.readString(tmp.resolve(c.svg())).startsWith("<?xml"), c.svg());
      }
    }
    assertEquals(AIR_CHARTS, air);
    assertEquals(3, charts.size() - air.size(), "the general charts are unchanged");
  }

  @Test
  void write_withoutPollution_noAirQualityCharts() throws Exception {
    List<ChartFile> charts = new RunCharts().write(TestRuns.small(), tmp);
    assertTrue(charts.stream().allMatch(c -> c.section().equals(ChartFile.GENERAL)));
    try (var files = Files.list(tmp)) {
      assertEquals(6, files.count());
    }
  }

  @Test
  void heatMap_peakCellIsDrawnInTheTopColourAndLegendHasUnitsAndScale() throws Exception {
    new RunCharts().write(PollutionTestRuns.run(), tmp);
    String svg = Files.readString(tmp.resolve("pollution-no2-peak.svg"));
    assertTrue(svg.contains("\u00b5g/m\u00b3"), "unit in the legend");
    assertTrue(svg.contains(">0<") && svg.contains(">95.3 \u00b5g/m\u00b3<"), "min and max");
    assertTrue(svg.contains(">s,2<"), "station label");
    // The hottest cell (1, 2) holds 95.25, the scale's maximum: the last bucket's colour.
    java.awt.Color top = new ConcentrationPalette(0, 95.25)
        .color(ConcentrationPalette.STEPS - 1);
    String hex = String.format("rgb(%d,%d,%d)", top.getRed(), top.getGreen(), top.getBlue());
    assertTrue(svg.contains(hex), hex + " in " + svg.substring(0, 400));
  }

  @Test
  void aqiChart_showsBandsAndAlertOfItsPollutantOnly() throws Exception {
    new RunCharts().write(PollutionTestRuns.run(), tmp);
    String no2 = Files.readString(tmp.resolve("aqi-no2.svg"));
    String pm25 = Files.readString(tmp.resolve("aqi-pm25.svg"));
    assertTrue(no2.contains("Moderate") && no2.contains("Unhealthy for Sensitive Groups"));
    assertTrue(no2.contains("s1 alert \u2265100"));
    assertTrue(!no2.contains("s,2 warning") && pm25.contains("s,2 warning \u2265100"));
  }

  @Test
  void attributionChart_hasTopLinksOtherLinksAndBackground() throws Exception {
    PollutionOutputs p = PollutionTestRuns.outputs();
    List<PollutionOutputs.Source> many = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      many.add(new PollutionOutputs.Source("x" + i, 13 - i, (13 - i) / 100.0));
    }
    PollutionOutputs.Attribution a = new PollutionOutputs.Attribution("s1", "no2", 100, 9, many);
    assertEquals(12, AttributionChart.bars(a), "10 links + other + background");
    Path f = tmp.resolve("a.svg");
    new ChartOutput().writeSvg(new AttributionChart(new ChartStyle()).build(List.of(a)), 900,
        AttributionChart.height(List.of(a)), f);
    String svg = Files.readString(f);
    assertTrue(svg.contains("link x9") && !svg.contains("link x10"));
    assertTrue(svg.contains("other links (3)") && svg.contains("background"));
    assertTrue(svg.contains("13.0 %") && svg.contains("9.0 %"), "share labels");
    assertTrue(p.attribution().size() > 0);
  }

  @Test
  void shownStations_atMostSixHighestPeakFirstTiesInOrder() {
    List<StationSeries> many = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      many.add(new StationSeries("s" + i, 0, 0, List.of(), i == 5 ? 200 : 50, List.of()));
    }
    List<String> ids = PollutionCharts.shownStations(many).stream().map(StationSeries::id)
        .toList();
    assertEquals(List.of("s5", "s0", "s1", "s2", "s3", "s4"), ids);
  }

  @Test
  void svgs_areByteIdenticalWhenDrawnTwice() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    new RunCharts().write(PollutionTestRuns.run(), a);
    new RunCharts().write(PollutionTestRuns.run(), b);
    for (String c : AIR_CHARTS) {
      assertArrayEquals(Files.readAllBytes(a.resolve(c + ".svg")),
          Files.readAllBytes(b.resolve(c + ".svg")), c);
    }
  }

  @Test
  void heatMap_mapIsSquareLikeTheNetworkMap() throws Exception {
    new RunCharts().write(PollutionTestRuns.run(), tmp);
    BufferedImage png = ImageIO.read(tmp.resolve("pollution-pm25-mean.png").toFile());
    assertEquals(RunCharts.MAP_SIZE, png.getWidth());
    assertEquals(RunCharts.MAP_SIZE, png.getHeight());
  }
}
