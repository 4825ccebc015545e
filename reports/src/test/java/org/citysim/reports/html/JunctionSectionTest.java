package org.citysim.reports.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.reports.TestRuns;
import org.junit.jupiter.api.Test;

class JunctionSectionTest {
  private static String render(org.citysim.sim.metrics.RunResult r) {
    return new HtmlReportWriter().render(r, TestRuns.info(1), "charts", List.of(), List.of());
  }

  @Test
  void withSignals_losCountsAndWorstJunctionsFirst() {
    String html = render(TestRuns.withJunctions());
    assertTrue(html.contains("<h2>Signalised junctions</h2>"), html);
    assertTrue(html.contains("3 signalised junctions."));
    assertTrue(html.contains("exceeds 5 s"), "the stop threshold is stated");
    // One at B, one at F, one that served nobody.
    assertTrue(html.contains("<tbody><tr><td>junctions</td><td class=\"num\">0</td>"
        + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
        + "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"),
        html);
    int j2 = html.indexOf("<tr><td><code>j2</code></td>");
    int j1 = html.indexOf("<tr><td><code>j,1</code></td>");
    assertTrue(j2 > 0 && j1 > j2, "highest delay first");
    assertTrue(html.contains("<tr><td><code>j2</code></td><td class=\"num\">60</td>"
        + "<td class=\"num\">95.3</td><td>F</td><td class=\"num\">55</td>"
        + "<td class=\"num\">0.92</td><td class=\"num\">14</td><td class=\"num\">6.5</td>"
        + "<td class=\"num\">60</td></tr>"), html);
    assertFalse(html.contains("<code>j3</code>"), "a junction that served nobody has no delay");
  }

  @Test
  void textKpi_isShownWithItsUnitAndMeaning() {
    String html = render(TestRuns.withJunctions());
    assertTrue(html.contains("<tr><td><code>control.los</code></td><td class=\"num\">D</td>"
        + "<td>A-F</td><td>HCM level of service"), html);
    assertTrue(html.contains("<tr><td><code>control.delay.mean</code></td>"
        + "<td class=\"num\">40.083</td><td>s/veh</td>"), html);
  }

  @Test
  void withoutSignals_noSection() {
    assertFalse(render(TestRuns.small()).contains("Signalised junctions"));
  }
}
