package org.citysim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollutionReportTest {
  static final List<String> CSVS = List.of("emissions.csv", "pollution.csv", "stations.csv",
      "alerts.csv", "attribution.csv");
  static final List<String> CHARTS = List.of("pollution-no2-mean", "pollution-no2-peak",
      "pollution-pm25-mean", "pollution-pm25-peak", "aqi-no2", "aqi-pm25",
      "attribution-1-s1", "attribution-2-s_2");

  @TempDir Path tmp;

  private Path write(String name) throws IOException {
    return new RunReportWriter().write(PollutionTestRuns.run(), TestRuns.info(1),
        tmp.resolve(name));
  }

  @Test
  void write_withPollution_addsCsvsChartsSummaryBlockAndSection() throws IOException {
    Path out = write("air");
    for (String f : CSVS) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertEquals("25200.000,l0,4,812.500,3.250,0.125,260.000",
        Files.readAllLines(out.resolve("emissions.csv")).get(1));
    for (String c : CHARTS) {
      assertTrue(Files.size(out.resolve("charts/" + c + ".png")) > 0, c);
      assertTrue(Files.size(out.resolve("charts/" + c + ".svg")) > 0, c);
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(123.456, summary.at("/pollution/co2Kg").asDouble());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("<h2>Air quality</h2>"));
    for (String f : CSVS) {
      assertTrue(html.contains("<li><a href=\"" + f + "\">" + f + "</a>"), "listed: " + f);
    }
    for (String c : CHARTS) {
      assertTrue(html.contains("<img src=\"charts/" + c + ".png\""), c);
    }
    // The charts sit in the air-quality section, before the general chart list.
    assertTrue(html.indexOf("charts/aqi-no2.png") < html.indexOf("<h2>Charts</h2>"));
    assertTrue(html.indexOf("charts/network.png") > html.indexOf("<h2>Charts</h2>"));
  }

  @Test
  void html_stationTableHasPeakAqiInCategoryColourHoursAndAlerts() throws IOException {
    String html = Files.readString(write("air").resolve("index.html"));
    assertTrue(html.contains("<tr><td><code>s1</code></td><td class=\"num\" style=\"background:"
        + "#ff7e00\">120</td><td style=\"background:#ff7e00\">Unhealthy for Sensitive Groups"
        + "</td><td class=\"num\">0.5</td><td class=\"num\">0</td><td class=\"num\">1</td>"
        + "<td class=\"num\">0</td></tr>"), html);
    assertTrue(html.contains("<th>hours above AQI 100 [h]</th><th>hours above AQI 150 [h]</th>"));
    // The alert row: start, end, duration [min], peak AQI.
    assertTrue(html.contains("<tr><td><code>s1</code></td><td>NO<sub>2</sub></td><td>alert</td>"
        + "<td class=\"num\">100</td><td class=\"num\">07:15</td><td class=\"num\">07:45</td>"
        + "<td class=\"num\">30</td><td class=\"num\">120</td></tr>"));
    assertTrue(html.contains("<code>s,2</code>"), "ids escaped as text");
    assertTrue(html.contains("<code>l3</code> 20 (50 %), <code>l7</code> 6 (15 %), "
        + "<code>l0</code> 3 (7.5 %)"));
    assertTrue(html.contains("<td>CO<sub>2</sub></td><td class=\"num\">123.456</td>"));
    assertTrue(html.contains("<td>PM2.5</td><td class=\"num\">0.0123</td>"), "to 0.1 g");
  }

  @Test
  void write_withoutPollution_writesNoneOfTheNewFilesAndNoSection() throws IOException {
    Path out = new RunReportWriter().write(TestRuns.small(), TestRuns.info(1),
        tmp.resolve("plain"));
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(out)) {
      all.filter(Files::isRegularFile).forEach(p -> files.add(out.relativize(p).toString()));
    }
    assertEquals(RunReportWriterTest.ALL_FILES.stream().sorted().toList(),
        files.stream().sorted().toList());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertFalse(summary.has("pollution"));
    String html = Files.readString(out.resolve("index.html"));
    assertFalse(html.contains("Air quality") || html.contains("emissions.csv"));
  }

  @Test
  void write_twice_givesIdenticalCsvSvgJsonAndHtml() throws IOException {
    Path a = write("a");
    Path b = new RunReportWriter().write(PollutionTestRuns.run(), TestRuns.info(5),
        tmp.resolve("b"));
    List<String> same = new ArrayList<>(CSVS);
    same.addAll(List.of("summary.json", "index.html"));
    CHARTS.forEach(c -> same.add("charts/" + c + ".svg"));
    for (String f : same) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void dataFiles_pollutionFilesAfterJunctionQueuesAndCamerasAfterLinks() {
    List<String> paths = RunReportWriter.dataFiles(PollutionTestRuns.run()).stream()
        .map(org.citysim.reports.html.DataFile::path).toList();
    assertEquals(List.of("summary.json", "trips.csv", "links.csv", "series.csv",
        "junctions.csv", "junction-queues.csv", "emissions.csv", "pollution.csv",
        "stations.csv", "alerts.csv", "attribution.csv", "scenario.yaml", "run.json"), paths);
    assertEquals(RunReportWriter.DATA_FILES, RunReportWriter.dataFiles(TestRuns.small()));
  }
}
