package org.citysim.reports;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.metrics.CameraKpis;
import org.citysim.sim.metrics.AgentOutputs;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.LevelOfService;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.metrics.LinkIntervalStats;
import org.citysim.sim.metrics.NetworkGeometry;
import org.citysim.sim.metrics.NetworkGeometry.LinkLine;
import org.citysim.sim.metrics.NetworkGeometry.NodePoint;
import org.citysim.sim.metrics.RunInfo;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TimeSeries;
import org.citysim.sim.metrics.TripRecord;
import org.citysim.sim.metrics.TripRecord.Status;
import org.citysim.sim.sensor.Condition;
import org.citysim.sim.sensor.SensorOutputs;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.citysim.sim.sensor.SensorOutputs.ClassCounts;

/** Small hand-built run results for the report tests. */
public final class TestRuns {
  private TestRuns() {}

  /** Kpis of {@link #small()}. */
  public static Kpis kpis() {
    return new Kpis()
        .put(KpiKeys.INSERTED, 4L)
        .put(KpiKeys.ARRIVED, 3L)
        .put(KpiKeys.EN_ROUTE, 1L)
        .put(KpiKeys.WAITING, 1L)
        .put(KpiKeys.TT_MEAN, 412.5)
        .put(KpiKeys.TT_P50, 400.0)
        .put(KpiKeys.TT_P95, Double.NaN)
        .put(KpiKeys.DELAY_MEAN, 62.125)
        .put(KpiKeys.DISTANCE, 12.345)
        .put("custom.thing", 7L);
  }

  /** Five trips: three arrived (one with a comma in its id), one en route, one waiting. */
  public static List<TripRecord> trips() {
    return List.of(
        new TripRecord("t1", "n0_0", "n2_2", 25200.0, 25201.5, 25600.25, 350.0, 1200.0, 4,
            Status.ARRIVED),
        new TripRecord("t,2", "n0_1", "n2_1", 25230.0, 25231.0, 25700.0, 300.0, 800.0, 2,
            Status.ARRIVED),
        new TripRecord("t\"3", "n1_0", "n1_2", 25260.0, 25260.0, 25660.0, 380.0, 600.0, 2,
            Status.ARRIVED),
        new TripRecord("t4", "n0_0", "n0_2", 27000.0, 27001.0, Double.NaN, 200.0, 400.0, 2,
            Status.EN_ROUTE),
        new TripRecord("t5", "n2_0", "n0_0", 28700.0, Double.NaN, Double.NaN, 250.0, 0.0, 2,
            Status.WAITING));
  }

  /** A 3x3 grid, 100 m spacing, with two-way links. */
  public static NetworkGeometry grid(int n) {
    List<NodePoint> nodes = new ArrayList<>();
    List<LinkLine> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        nodes.add(new NodePoint("n" + i + "_" + j, i * 100.0, j * 100.0));
      }
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i + 1 < n) {
          links.add(link(k++, i, j, i + 1, j));
          links.add(link(k++, i + 1, j, i, j));
        }
        if (j + 1 < n) {
          links.add(link(k++, i, j, i, j + 1));
          links.add(link(k++, i, j + 1, i, j));
        }
      }
    }
    return new NetworkGeometry(nodes, links);
  }

  private static LinkLine link(int k, int i1, int j1, int i2, int j2) {
    // Spread congestion over the whole scale, with every fifth link unused (NaN).
    double congestion = k % 5 == 4 ? Double.NaN : 1.0 + (k % 7) * 0.4;
    return new LinkLine("l" + k, i1 * 100.0, j1 * 100.0, i2 * 100.0, j2 * 100.0, 1 + k % 3,
        congestion, k % 5 == 4 ? 0 : 10 + k);
  }

  /** Link stats with one NaN mean travel time. */
  public static List<LinkIntervalStats> linkStats() {
    return List.of(
        new LinkIntervalStats("l0", 25200.0, 5, 4, 12.3456, 1, 2),
        new LinkIntervalStats("l0", 26100.0, 3, 3, 10.0, 0, 0),
        new LinkIntervalStats("l,1", 25200.0, 0, 0, Double.NaN, 0, 0));
  }

  /** Two series over 07:00-08:00. */
  public static List<TimeSeries> series() {
    double[] t = {25200, 26100, 27000, 27900, 28800};
    return List.of(
        new TimeSeries("vehicles in network", "veh", t, new double[] {0, 3, 5, 2, 1}),
        new TimeSeries("vehicles waiting", "veh", t, new double[] {0, 1, 0, 0, 1}));
  }

  /** The small run used by most tests. */
  public static RunResult small() {
    return withTrips(trips(), "Morning peak <script>alert('x')</script> & more");
  }

  /** The small run with other trips and description. */
  public static RunResult withTrips(List<TripRecord> trips, String description) {
    return new RunResult("grid <3x3>", description, 42L, 1, 25200.0, 28800.0,
        "name: grid\nseed: 42\nnote: \"a < b & c\"\n", kpis(), trips, linkStats(), series(),
        grid(3), List.of("node n9 is unreachable <from> n0"));
  }

  /**
   * Camera intervals on two links: day and rain readings, one dropped interval, one interval
   * without traffic.
   */
  public static List<CameraInterval> cameraIntervals() {
    return List.of(
        new CameraInterval("l0", 25200.0, 25500.0, Condition.DAY, true,
            new ClassCounts(18, 1, 1), new ClassCounts(17, 1, 1), 18, 17, 1),
        new CameraInterval("l0", 25500.0, 25800.0, Condition.RAIN, true,
            new ClassCounts(9, 0, 1), new ClassCounts(7, 0, 1), 8, 8, 0),
        new CameraInterval("l0", 25800.0, 26100.0, Condition.RAIN, false,
            new ClassCounts(12, 0, 0), new ClassCounts(11, 0, 0), 11, 11, 0),
        new CameraInterval("l,1", 25200.0, 25500.0, Condition.DAY, true,
            new ClassCounts(0, 0, 0), new ClassCounts(1, 0, 0), 0, 0, 1));
  }

  /** The small run with cameras and their KPIs. */
  public static RunResult withCameras() {
    RunResult r = small();
    SensorOutputs cams = new SensorOutputs(cameraIntervals());
    return new RunResult(r.scenarioName(), r.description(), r.seed(), r.replication(), r.start(),
        r.end(), r.resolvedScenario(), CameraKpis.addTo(kpis(), cams), r.trips(),
        r.linkStats(), r.series(), r.network(), r.warnings(), r.agents(), cams);
  }

  /**
   * Three signalised junctions over 07:00-08:00: "j,1" (a comma in its id) at LOS B, j2 at F
   * with the longest queue, and j3 that served nobody.
   */
  public static JunctionOutputs junctions() {
    double[] t = {25200, 27000, 28800};
    return new JunctionOutputs(5, List.of(
        new JunctionStats("j,1", 4, 120, 12.5, LevelOfService.B, 30, 3, 1.25, 120),
        new JunctionStats("j2", 3, 60, 95.25, LevelOfService.F, 55, 14, 6.5, 60),
        new JunctionStats("j3", 2, 0, Double.NaN, null, 0, 0, 0, 0)),
        List.of(new TimeSeries("j,1", "veh", t, new double[] {0, 3, 1}),
            new TimeSeries("j2", "veh", t, new double[] {2, 14, 4}),
            new TimeSeries("j3", "veh", t, new double[] {0, 0, 0})));
  }

  /** The small run with junction measures, their KPIs, and one controller series. */
  public static RunResult withJunctions() {
    RunResult r = small();
    Kpis k = kpis()
        .put(KpiKeys.CONTROL_DELAY_MEAN, 40.083)
        .put(KpiKeys.CONTROL_LOS, "D")
        .put(KpiKeys.QUEUE_MAX, 14L);
    AgentOutputs agents = new AgentOutputs(List.of(new AgentOutputs.AgentSeries("pid",
        "green split j2", new double[] {25200, 26400, 27600}, new double[] {0.5, 0.6, 0.55})),
        List.of());
    return new RunResult(r.scenarioName(), r.description(), r.seed(), r.replication(),
        r.start(), r.end(), r.resolvedScenario(), k, r.trips(), r.linkStats(), r.series(),
        r.network(), r.warnings(), agents, junctions());
  }

  /** A run info; {@code wall} lets tests make two infos differ. */
  public static RunInfo info(double wall) {
    return new RunInfo("0.1.0-test", "abc1234", "17.0.15", wall, 1000L + (long) wall,
        1000.0 / wall, 99L);
  }
}
