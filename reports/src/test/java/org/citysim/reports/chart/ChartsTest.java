package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.NetworkGeometry;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {
  @TempDir Path tmp;

  private static Document parseSafely(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(svg.toFile());
  }

  @Test
  void write_allSvgsAreWellFormedXmlWithoutDoctype() throws Exception {
    List<ChartFile> charts = new RunCharts().write(TestRuns.small(), tmp);
    assertEquals(3, charts.size());
    for (ChartFile c : charts) {
      Document doc = parseSafely(tmp.resolve(c.svg()));
      assertEquals("svg", doc.getDocumentElement().getLocalName(), c.svg());
      assertTrue(Files.isRegularFile(tmp.resolve(c.png())));
    }
  }

  @Test
  void svg_containsNoTimeDependentDefsPrefix() throws IOException {
    new RunCharts().write(TestRuns.small(), tmp);
    String svg = Files.readString(tmp.resolve("vehicles-in-network.svg"));
    assertTrue(svg.contains("id='" + ChartOutput.DEFS_PREFIX), "clip ids use our prefix");
    assertFalse(svg.matches("(?s).*id='_\\d+.*"), "no nanoTime-based ids");
  }

  @Test
  void network_30x30Grid_rendersBothFormats() throws Exception {
    NetworkGeometry grid = TestRuns.grid(30);
    assertEquals(3480, grid.links().size());
    RunResult r = TestRuns.small();
    RunResult big = new RunResult(r.scenarioName(), "", 1, 0, r.start(), r.end(), "",
        r.kpis(), r.trips(), r.linkStats(), r.series(), grid, List.of());

    new RunCharts().write(big, tmp);

    parseSafely(tmp.resolve("network.svg"));
    // Batched paths keep the file small; one element per link would be about 1 MB.
    long size = Files.size(tmp.resolve("network.svg"));
    assertTrue(size < 400_000, "network.svg is " + size + " bytes");
    BufferedImage png = ImageIO.read(tmp.resolve("network.png").toFile());
    assertEquals(RunCharts.MAP_SIZE, png.getWidth());
    assertTrue(countColoured(png) > 10_000, "links are drawn");
  }

  @Test
  void network_twoWayLink_bothDirectionsVisibleOnOppositeSides() throws Exception {
    // One east-west street: eastbound is red and must be drawn south (right of travel),
    // westbound is green and drawn north.
    NetworkGeometry street = new NetworkGeometry(List.of(), List.of(
        new NetworkGeometry.LinkLine("east", 0, 0, 1000, 0, 2, 5.0, 10),
        new NetworkGeometry.LinkLine("west", 1000, 0, 0, 0, 2, 1.0, 10)));
    Path png = tmp.resolve("street.png");
    new ChartOutput().writePng(new NetworkPainter(street, "street"), 400, 400, png);
    BufferedImage img = ImageIO.read(png.toFile());
    int redY = -1;
    int greenY = -1;
    for (int y = 0; y < img.getHeight() - 80; y++) { // above the legend
      int rgb = img.getRGB(200, y);
      int red = (rgb >> 16) & 0xFF;
      int green = (rgb >> 8) & 0xFF;
      if (red > 180 && green < 60) {
        redY = y;
      }
      if (green > 130 && red < 90) {
        greenY = y;
      }
    }
    assertTrue(redY > 0 && greenY > 0, "both directions drawn: red " + redY + " green " + greenY);
    assertTrue(redY > greenY, "eastbound (red) is below westbound (green) on screen");
  }

  @Test
  void write_sameInputTwice_givesIdenticalSvgs() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new RunCharts().write(TestRuns.small(), a);
    new RunCharts().write(TestRuns.small(), b);
    for (String f : List.of("vehicles-in-network.svg", "travel-time-distribution.svg",
        "network.svg")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void emptyNetworkAndNoSeries_stillRender() throws Exception {
    RunResult r = TestRuns.small();
    RunResult empty = new RunResult("e", "", 1, 0, 0, 0, "", r.kpis(), List.of(), List.of(),
        List.of(), new NetworkGeometry(List.of(), List.of()), List.of());
    new RunCharts().write(empty, tmp);
    assertTrue(Files.readString(tmp.resolve("network.svg")).contains("No network geometry"));
    assertTrue(Files.readString(tmp.resolve("vehicles-in-network.svg"))
        .contains("No time series recorded"));
  }

  @Test
  void duplicateSeriesNames_doNotCrash() throws IOException {
    RunResult r = TestRuns.small();
    var s = r.series().get(0);
    RunResult dup = new RunResult("d", "", 1, 0, r.start(), r.end(), "", r.kpis(), r.trips(),
        r.linkStats(), List.of(s, s), r.network(), List.of());
    new RunCharts().write(dup, tmp);
    assertTrue(Files.readString(tmp.resolve("vehicles-in-network.svg"))
        .contains("vehicles in network [veh] (2)"));
  }

  private static int countColoured(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          n++;
        }
      }
    }
    return n;
  }
}
