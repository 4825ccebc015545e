package org.citysim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citysim.reports.TestRuns;
import org.citysim.reports.chart.ChartFile;
import org.citysim.sim.metrics.RunInfo;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final List<ChartFile> CHARTS = List.of(
      new ChartFile("Network <map>", "caption & more", "network.png", "network.svg"));
  private static final List<DataFile> FILES = List.of(new DataFile("trips.csv", "trips"));

  private String render(RunInfo info) {
    return new HtmlReportWriter().render(TestRuns.small(), info, "charts", CHARTS, FILES);
  }

  @Test
  void page_hasNoExternalReferences() {
    String html = render(TestRuns.info(1));
    Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html);
    assertFalse(m.find(), () -> "external reference: " + m.group());
    assertFalse(html.contains("http://"));
    assertFalse(html.contains("https://"));
    assertFalse(html.contains("<script"), "no scripts at all, not even escaped input");
    assertFalse(html.contains("<link"));
  }

  @Test
  void userStrings_areEscaped() {
    String html = render(TestRuns.info(1));
    assertTrue(html.contains("Morning peak &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
        + "&amp; more"));
    assertTrue(html.contains("<h1>grid &lt;3x3&gt;</h1>"));
    assertTrue(html.contains("<li>node n9 is unreachable &lt;from&gt; n0</li>"));
    assertTrue(html.contains("<pre>name: grid\nseed: 42\nnote: &quot;a &lt; b &amp; c&quot;\n"
        + "</pre>"));
    assertTrue(html.contains("alt=\"Network &lt;map&gt;\""));
  }

  @Test
  void kpiTable_showsValuesUnitsAndMeanings() {
    String html = render(TestRuns.info(1));
    assertTrue(html.contains("<tr><td><code>vehicles.arrived</code></td><td class=\"num\">3"
        + "</td><td>veh</td><td>Vehicles that reached their destination</td></tr>"));
    assertTrue(html.contains("<td class=\"num\">412.5</td><td>s</td>"));
    assertTrue(html.contains("<td class=\"num\">12.345</td><td>veh-km</td>"));
    assertTrue(html.contains("<td class=\"num\">n/a</td>"), "NaN p95");
    assertTrue(html.contains("<tr><td><code>custom.thing</code></td><td class=\"num\">7</td>"
        + "<td></td><td></td></tr>"), "unknown key still listed");
  }

  @Test
  void inputs_showSeedWindowVersionAndCommit() {
    String html = render(TestRuns.info(1));
    assertTrue(html.contains("<tr><th>seed</th><td>42</td></tr>"));
    assertTrue(html.contains("<tr><th>replication</th><td>1</td></tr>"));
    assertTrue(html.contains("07:00\u201308:00"));
    assertTrue(html.contains("0.1.0-test"));
    assertTrue(html.contains("abc1234"));
  }

  @Test
  void chartsAndDataFiles_areLinkedRelatively() {
    String html = render(TestRuns.info(1));
    assertTrue(html.contains("<img src=\"charts/network.png\""));
    assertTrue(html.contains("<a href=\"charts/network.svg\">SVG</a>"));
    assertTrue(html.contains("<a href=\"trips.csv\">trips.csv</a>"));
  }

  @Test
  void page_doesNotDependOnTimings() {
    RunInfo fast = new RunInfo("0.1.0-test", "abc1234", "17", 1.0, 10, 10.0, 5);
    RunInfo slow = new RunInfo("0.1.0-test", "abc1234", "21", 99.0, 10, 0.1, 5);
    assertEquals(render(fast), render(slow));
    assertFalse(render(slow).contains("99.0"));
  }

  @Test
  void noWarnings_noWarningsSection() {
    var r = TestRuns.small();
    var clean = new org.citysim.sim.metrics.RunResult(r.scenarioName(), r.description(),
        r.seed(), r.replication(), r.start(), r.end(), r.resolvedScenario(), r.kpis(),
        r.trips(), r.linkStats(), r.series(), r.network(), List.of());
    String html = new HtmlReportWriter().render(clean, TestRuns.info(1), "charts", CHARTS, FILES);
    assertFalse(html.contains("Warnings"));
  }

  @Test
  void withCameras_aCameraTableAndTheirKpisWithUnits() {
    String html = new HtmlReportWriter().render(TestRuns.withCameras(), TestRuns.info(1),
        "charts", CHARTS, FILES);
    assertTrue(html.contains("<h2>Cameras</h2>"));
    // l0: two readings (one dropped), 30 true, 27 observed, 26 true positives.
    assertTrue(html.contains("<tr><td><code>l0</code></td><td class=\"num\">2</td>"
        + "<td class=\"num\">1</td><td class=\"num\">30</td><td class=\"num\">27</td>"
        + "<td class=\"num\">0.867</td><td class=\"num\">0.963</td>"
        + "<td class=\"num\">0.962</td><td class=\"num\">12.500</td>"
        + "<td class=\"num\">-10.000</td></tr>"), html);
    // l,1 saw a phantom vehicle in an empty interval: no recall, no percentage error.
    assertTrue(html.contains("<tr><td><code>l,1</code></td><td class=\"num\">1</td>"
        + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td>"
        + "<td class=\"num\">n/a</td><td class=\"num\">0.000</td>"));
    assertTrue(html.contains("<tr><td><code>cameras.countError.mape</code></td>"
        + "<td class=\"num\">12.5</td><td>%</td>"));
  }

  @Test
  void withoutCameras_noCameraSection() {
    assertFalse(render(TestRuns.info(1)).contains("Cameras"));
  }
}
