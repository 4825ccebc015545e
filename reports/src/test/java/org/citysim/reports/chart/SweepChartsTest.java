package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartsTest {
  @TempDir Path tmp;

  @Test
  void denseScatter_drawsItsDotsAsOnePath_soTheSvgStaysSmall() throws IOException {
    int n = 3000;
    List<PointSummary> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = (i * 0.618034) % 1.0;
      double b = (i * 0.414214) % 1.0;
      double mean = 10 + 5 * a + 3 * b;
      points.add(new PointSummary(i, List.of(a, b), 2, 0,
          Map.of("k", new KpiStats(2, mean, 0.5, mean - 0.5, mean + 0.5))));
    }
    SweepSummary s = new SweepSummary("dense", "x.yaml", "random", List.of("a", "b"),
        List.of("k"), 2, 1, 2 * n, 0, points, List.of(), List.of(), List.of(), "v");

    SweepChartSet charts = new SweepCharts().write(s, k -> "s", tmp);

    assertEquals(2, charts.effects("k").size());
    String svg = Files.readString(tmp.resolve(charts.effects("k").get(0).svg()));
    // One styled element per point would be about 250 bytes each; a batched square is 80.
    assertTrue(svg.length() < 100 * n, svg.length() + " bytes");
    int paths = svg.split("<path", -1).length - 1;
    assertTrue(paths < 20, paths + " paths");
    assertTrue(charts.effects("k").get(0).caption().contains("interval bars are left out"));
  }
}
