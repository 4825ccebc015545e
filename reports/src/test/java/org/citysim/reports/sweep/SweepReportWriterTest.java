package org.citysim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportWriterTest {
  private static final String SOBOL = "<h2>Sensitivity: Sobol indices</h2>";
  private static final String MORRIS = "<h2>Sensitivity: Morris screening</h2>";
  private static final List<String> ALWAYS = List.of("<h2>Inputs</h2>",
      "<h2>Best and worst runs</h2>", "<h2>KPIs against parameters</h2>",
      "<h2>Design points</h2>", "<h2>Data files</h2>");

  @TempDir Path tmp;

  private String html(Path dir) throws IOException {
    return Files.readString(dir.resolve("index.html"));
  }

  @Test
  void plainSummary_headerEffectsTableAndLinks_noSensitivitySections() throws IOException {
    Path out = new SweepReportWriter().write(TestSweeps.plain(), tmp.resolve("report"));
    String html = html(out);
    ALWAYS.forEach(s -> assertTrue(html.contains(s), s));
    assertFalse(html.contains(SOBOL));
    assertFalse(html.contains(MORRIS));
    for (String row : List.of("<tr><th>sweep</th><td>rates and controllers</td></tr>",
        "<tr><th>base scenario</th><td><code>scenarios/grid-town.yaml</code></td></tr>",
        "<tr><th>design</th><td>full-factorial</td></tr>",
        "<li><code>demand.rate</code>: 0.5, 1 or 1.5</li>",
        "<li><code>controller</code>: fixed or pid</li>",
        "<li><code>delay.mean</code> [s] \u2013 Mean delay of arrived trips",
        "<tr><th>replications</th><td>3</td></tr>", "<tr><th>seed</th><td>42</td></tr>",
        "<tr><th>design points</th><td>6</td></tr>",
        "<tr><th>runs</th><td>18 recorded of 18 planned</td></tr>",
        "<tr><th>failed runs</th><td>2</td></tr>",
        "<tr><th>citysim version</th><td>0.1.0-test (abc1234)</td></tr>",
        "<li>2 of 18 runs failed")) {
      assertTrue(html.contains(row), row);
    }
    // Both KPIs against both parameters; the other parameter varies, so scatter captions.
    for (String f : List.of("effect-0-0-delay.mean-vs-demand.rate",
        "effect-0-1-delay.mean-vs-controller", "effect-1-0-vehicles.arrived-vs-demand.rate",
        "effect-1-1-vehicles.arrived-vs-controller")) {
      assertTrue(html.contains("src=\"charts/" + f + ".png\""), f);
      assertTrue(html.contains("href=\"charts/" + f + ".svg\""), f);
    }
    assertTrue(html.contains("Another parameter varies too (controller), so this is a scatter "
        + "of design points rather than a curve"), html);
    assertTrue(html.contains("The values of controller are choices, shown as categories"));
    // Table: point 0's delay is 35 with half-width 1.25 (rounded half-even to 1.2).
    assertTrue(html.contains("<tr><td class=\"num\">0</td><td class=\"num\">0.5</td>"
        + "<td>fixed</td><td class=\"num\">3</td><td class=\"num\">0</td>"
        + "<td class=\"num\">35.0 \u00b1 1.2</td><td class=\"num\">500 \u00b1 12</td></tr>"),
        html);
    assertFalse(html.contains("Showing the first"));
  }

  @Test
  void sobolSummary_hasSobolSectionWithChartsAndFigures_noMorris() throws IOException {
    Path out = new SweepReportWriter().write(TestSweeps.sobol(), tmp.resolve("report"));
    String html = html(out);
    ALWAYS.forEach(s -> assertTrue(html.contains(s), s));
    assertTrue(html.contains(SOBOL));
    assertFalse(html.contains(MORRIS));
    assertTrue(html.contains("How to read them: the first-order index S1"));
    assertTrue(html.contains("src=\"charts/sobol-0-delay.mean.png\""));
    assertTrue(html.contains("src=\"charts/sobol-1-vehicles.arrived.png\""));
    assertTrue(html.contains("<tr><td><code>demand.rate</code></td><td class=\"num\">0.62</td>"
        + "<td class=\"num\">[0.51, 0.73]</td><td class=\"num\">0.7</td>"
        + "<td class=\"num\">[0.6, 0.82]</td></tr>"), html);
    // An index without a bootstrap interval: its interval shows as a dash.
    assertTrue(html.contains("<tr><td><code>pollution.decay</code></td><td class=\"num\">"
        + "-0.01</td><td class=\"num\">\u2013</td>"), html);
    // Three numeric parameters all vary: 2 KPIs x 3 charts.
    assertEquals(6, count(html, "src=\"charts/effect-"));
    assertTrue(html.contains("Other parameters vary too (signals.cycle and pollution.decay)"));
  }

  @Test
  void morrisSummary_hasMorrisSectionWithChartAndFigures_noSobol() throws IOException {
    Path out = new SweepReportWriter().write(TestSweeps.morris(), tmp.resolve("report"));
    String html = html(out);
    ALWAYS.forEach(s -> assertTrue(html.contains(s), s));
    assertTrue(html.contains(MORRIS));
    assertFalse(html.contains(SOBOL));
    assertTrue(html.contains("How to read it: an elementary effect"));
    // Only delay.mean has indices.
    assertTrue(html.contains("src=\"charts/morris-0-delay.mean.png\""));
    assertEquals(1, count(html, "src=\"charts/morris-"));
    assertTrue(html.contains("<tr><td><code>signals.cycle</code></td><td class=\"num\">8</td>"
        + "<td class=\"num\">-1</td><td class=\"num\">9.5</td><td class=\"num\">1.188</td>"
        + "<td class=\"num\">3</td></tr>"), html);
    // sigma / mu* is undefined for a parameter without effect.
    assertTrue(html.contains("<tr><td><code>pollution.decay</code></td><td class=\"num\">0</td>"
        + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">\u2013</td>"),
        html);
    assertTrue(html.contains("<p>No run reports are linked.</p>"));
  }

  @Test
  void hostileNames_areEscapedInHtmlAndSvg_andNeverBecomePaths() throws IOException {
    String evil = "<script>alert('x')</script>&\"/../..";
    SweepSummary plain = TestSweeps.plain();
    List<PointSummary> points = new ArrayList<>();
    for (PointSummary p : plain.points()) {
      points.add(new PointSummary(p.point(), List.of(p.values().get(0),
          p.values().get(1) + evil), p.runs(), p.failed(), p.kpis()));
    }
    SweepSummary hostile = new SweepSummary(evil, evil, evil, List.of("demand.rate", evil),
        plain.kpis(), plain.replications(), plain.seed(), plain.runs(), plain.failed(), points,
        List.of(), List.of(new MorrisIndex(TestSweeps.DELAY, evil, 1, 1, 1, 2)),
        List.of(new RunLink(evil, TestSweeps.DELAY, 0, 0, 1.0, Path.of("runs", "a b<c>"))),
        evil);
    Path out = new SweepReportWriter().write(hostile, tmp.resolve("report"));
    String html = html(out);
    assertFalse(html.contains("<script>"), "raw script tag in the page");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    assertTrue(html.contains("href=\"runs/a%20b%3Cc%3E/index.html\""), html);
    try (Stream<Path> files = Files.list(out.resolve("charts"))) {
      for (Path f : files.toList()) {
        assertTrue(f.getFileName().toString().matches("[A-Za-z0-9._-]+"), f.toString());
        if (f.toString().endsWith(".svg")) {
          assertFalse(Files.readString(f).contains("<script>"), f.toString());
        }
      }
    }
    // The choice axis shows the hostile values, escaped.
    assertTrue(svgs(out).stream().filter(f -> f.startsWith("charts/effect-0-1-")).findFirst()
        .map(f -> read(out.resolve(f))).orElseThrow().contains("&lt;script&gt;"));
  }

  @Test
  void manyPoints_tableShowsFirst500_andSaysHowManyAreLeftOut() throws IOException {
    Path out = new SweepReportWriter().write(TestSweeps.large(1200), tmp.resolve("report"));
    String html = html(out);
    assertTrue(html.contains("Showing the first 500 of 1200 points; the other 700 are left "
        + "out here. <a href=\"points.csv\">points.csv</a> has every point, and the sweep's "
        + "results.csv every run."), html);
    String table = html.substring(html.indexOf("<table class=\"points\">"));
    table = table.substring(0, table.indexOf("</table>"));
    assertEquals(500, count(table, "<tr><td class=\"num\">"));
    assertTrue(table.contains("<tr><td class=\"num\">499</td>"));
    assertFalse(table.contains("<tr><td class=\"num\">500</td>"));
    assertEquals(1201, Files.readAllLines(out.resolve("points.csv")).size());
    // One parameter and many points: a curve whose intervals are a band, not 1200 bars.
    assertTrue(html.contains("with its 95 % confidence interval (Student t) as a shaded band"),
        html);
  }

  @Test
  void runLinks_resolveToTheGivenFolders() throws IOException {
    SweepSummary s = TestSweeps.plain();
    Path out = new SweepReportWriter().write(s, tmp.resolve("sweep").resolve("report"));
    List<String> hrefs = new ArrayList<>();
    Matcher m = Pattern.compile("<a href=\"([^\"]*index\\.html)\">").matcher(html(out));
    while (m.find()) {
      hrefs.add(m.group(1));
    }
    assertEquals(List.of("../runs/p3-r1/index.html", "runs/p2-r0/index.html"), hrefs);
    for (int i = 0; i < hrefs.size(); i++) {
      Path target = Path.of(out.toUri().resolve(hrefs.get(i)));
      assertEquals(out.resolve(s.links().get(i).folder()).resolve("index.html")
          .toAbsolutePath().normalize(), target);
    }
  }

  @Test
  void sameSummaryTwice_givesByteIdenticalHtmlCsvAndSvgs() throws IOException {
    for (SweepSummary s : List.of(TestSweeps.plain(), TestSweeps.sobol(),
        TestSweeps.morris())) {
      Path a = new SweepReportWriter().write(s, tmp.resolve(s.name() + "-a"));
      Path b = new SweepReportWriter().write(s, tmp.resolve(s.name() + "-b"));
      List<String> files = new ArrayList<>(List.of("index.html", "points.csv"));
      files.addAll(svgs(a));
      assertEquals(svgs(a), svgs(b));
      for (String f : files) {
        assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
            s.name() + ": " + f);
      }
    }
  }

  @Test
  void everyChart_existsAsNonEmptyPngAndWellFormedSvg_andIsOnThePage() throws Exception {
    Path out = new SweepReportWriter().write(TestSweeps.sobol(), tmp.resolve("report"));
    String html = html(out);
    List<String> svgs = svgs(out);
    assertEquals(6 + 2, svgs.size()); // effects and Sobol charts
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (String svg : svgs) {
      String png = svg.replaceAll("\\.svg$", ".png");
      BufferedImage image = ImageIO.read(out.resolve(png).toFile());
      assertTrue(image.getWidth() > 100 && image.getHeight() > 100, png);
      assertTrue(Files.size(out.resolve(svg)) > 1000, svg);
      assertEquals("svg", xml.newDocumentBuilder().parse(out.resolve(svg).toFile())
          .getDocumentElement().getNodeName(), svg);
      assertTrue(html.contains("src=\"" + png + "\""), png);
      assertTrue(html.contains("href=\"" + svg + "\""), svg);
    }
  }

  @Test
  void pointWithOneRun_showsDashForItsInterval_andAHollowMarker() throws IOException {
    Path out = new SweepReportWriter().write(TestSweeps.plain(), tmp.resolve("report"));
    String html = html(out);
    // Point 4: one completed run of three, so a mean without an interval; point 5 has no
    // vehicles.arrived at all.
    assertTrue(html.contains("<td class=\"num\">3</td><td class=\"num\">2</td>"
        + "<td class=\"num\">45 \u00b1 \u2013</td><td class=\"num\">1000 \u00b1 \u2013</td>"),
        html);
    assertTrue(html.contains("<td class=\"num\">60.0 \u00b1 1.2</td><td class=\"num\">\u2013"
        + "</td></tr>"), html);
    assertTrue(html.contains("Hollow circles: 1 point with a single completed run"), html);
    String csv = Files.readString(out.resolve("points.csv"));
    assertTrue(csv.contains("\n4,1,pid,3,2,1,45.000,,,,1,1000.000,,,\n"), csv);
    assertTrue(csv.contains("\n5,1.5,pid,3,0,3,60.000,1.250,58.750,61.250,0,,,,\n"), csv);
    for (String svg : svgs(out)) {
      assertFalse(Files.readString(out.resolve(svg)).contains("NaN"), svg);
    }
  }

  @Test
  void write_replacesAnEarlierReport_refusesOtherFolders_leavesNoPartial() throws IOException {
    Path report = new SweepReportWriter().write(TestSweeps.plain(), tmp.resolve("report"));
    assertTrue(SweepReportWriter.problem(report).isEmpty());
    new SweepReportWriter().write(TestSweeps.morris(), report);
    assertTrue(html(report).contains(MORRIS));
    assertFalse(Files.exists(tmp.resolve("report.partial")));
    // A sweep's own folder (results and runs) is never replaced by its report.
    Path sweep = Files.createDirectories(tmp.resolve("sweep"));
    Files.writeString(sweep.resolve("results.csv"), "point,replication\n");
    assertTrue(SweepReportWriter.problem(sweep).orElseThrow().contains("sweep report folder"));
    assertThrows(IOException.class, () -> new SweepReportWriter().write(TestSweeps.plain(),
        sweep));
    assertEquals("point,replication\n", Files.readString(sweep.resolve("results.csv")));
    assertFalse(Files.exists(tmp.resolve("sweep.partial")));
  }

  @Test
  void pointValuesNotMatchingParameters_areRejectedBeforeAnyFileIsWritten() {
    SweepSummary s = TestSweeps.plain();
    SweepSummary bad = new SweepSummary(s.name(), s.scenario(), s.design(),
        List.of("demand.rate"), s.kpis(), s.replications(), s.seed(), s.runs(), s.failed(),
        s.points(), s.sobol(), s.morris(), s.links(), s.version());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SweepReportWriter().write(bad, tmp.resolve("report")));
    assertEquals("sweep summary: point 0 has 2 values for 1 parameters", e.getMessage());
    assertFalse(Files.exists(tmp.resolve("report")));
    assertFalse(Files.exists(tmp.resolve("report.partial")));
  }

  private static List<String> svgs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      return files.map(f -> "charts/" + f.getFileName()).filter(f -> f.endsWith(".svg"))
          .sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
