package org.citysim.reports;

import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.ClassTotal;
import org.citysim.sim.metrics.PollutionOutputs.EmissionRow;
import org.citysim.sim.metrics.PollutionOutputs.Field;
import org.citysim.sim.metrics.PollutionOutputs.Grid;
import org.citysim.sim.metrics.PollutionOutputs.LevelHours;
import org.citysim.sim.metrics.PollutionOutputs.Source;
import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.RunResult;

/**
 * A hand-made pollution outcome over {@link TestRuns#small()}'s 3x3 network (0-200 m): a 3x3 grid
 * of 100 m cells, two stations, one alert and one warning, and exact attribution.
 */
public final class PollutionTestRuns {
  private PollutionTestRuns() {}

  /** The grid: 3x3 cells of 100 m from (0, 0). */
  public static Grid grid() {
    return new Grid(0, 0, 100, 3, 3);
  }

  /**
   * NO2 and PM2.5 fields; cell (2, 2) (index 8) is zero everywhere, so pollution.csv leaves it
   * out.
   */
  public static List<Field> fields() {
    return List.of(
        new Field("no2", new double[] {10, 20, 30, 40, 50, 60, 70, 80.5, 0},
            new double[] {15, 25, 35, 45, 55, 65, 75, 95.25, 0}, 27000),
        new Field("pm25", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 0},
            new double[] {1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 0}, 27000));
  }

  /** Station s1 at (50, 50) reaches AQI 120 (NO2); "s,2" (a comma in its id) stays moderate. */
  public static List<StationSeries> stations() {
    return List.of(
        new StationSeries("s1", 50, 50, List.of(
            new StationSample(25200, 40.5, 8.25, 38, 34, 38),
            new StationSample(27000, 120.0, 12.0, 120, 50, 120),
            new StationSample(28800, 60.0, 9.0, 57, 38, 57)),
            120, List.of(new LevelHours(100, 0.5), new LevelHours(150, 0))),
        new StationSeries("s,2", 150, 150, List.of(
            new StationSample(25200, 20.0, 30.0, 19, 89, 89),
            new StationSample(27000, 25.0, 34.0, 24, 97, 97),
            new StationSample(28800, 22.0, 20.0, 21, 68, 68)),
            97, List.of(new LevelHours(100, 0), new LevelHours(150, 0))));
  }

  /** An NO2 alert at s1 07:15-07:45 and a PM2.5 warning at "s,2" 07:05-07:15. */
  public static List<AlertRecord> alerts() {
    return List.of(
        new AlertRecord("s,2", "pm25", 100, "warning", 25500, 26100, 97),
        new AlertRecord("s1", "no2", 100, "alert", 26100, 27900, 120));
  }

  /** s1's NO2 (40 = 10 background + 20 + 6 + 3 + 1), s1's PM2.5 and "s,2"'s NO2. */
  public static List<Attribution> attribution() {
    return List.of(
        new Attribution("s1", "no2", 40, 10, List.of(new Source("l3", 20, 0.5),
            new Source("l7", 6, 0.15), new Source("l0", 3, 0.075), new Source("l1", 1, 0.025))),
        new Attribution("s1", "pm25", 10, 8, List.of(new Source("l3", 2, 0.2))),
        new Attribution("s,2", "no2", 22.5, 12.5, List.of(new Source("l10", 7.5, 1.0 / 3),
            new Source("l3", 2.5, 1.0 / 9))));
  }

  /** The outcome. Totals: 123456 g CO2, 789.5 g NOx, 12.25 g PM2.5, 40000 g fuel. */
  public static PollutionOutputs outputs() {
    return new PollutionOutputs(
        List.of(new EmissionRow(25200, "l0", 4, 812.5, 3.25, 0.125, 260),
            new EmissionRow(25200, "l,1", 0, 0, 0, 0, 0),
            new EmissionRow(26100, "l0", 3, 600, 2.5, 0.1, 190.75)),
        List.of(new PollutionOutputs.Total("co2", 123456), new PollutionOutputs.Total("nox", 789.5),
            new PollutionOutputs.Total("pm25", 12.25), new PollutionOutputs.Total("fuel", 40000)),
        List.of(new ClassTotal("petrol-car", 40, 100000, 500, 10, 32000),
            new ClassTotal("diesel-bus", 2, 23456, 289.5, 2.25, 8000)),
        grid(), fields(), stations(), alerts(), attribution());
  }

  /** {@link TestRuns#small()} with {@link #outputs()}. */
  public static RunResult run() {
    RunResult r = TestRuns.small();
    return new RunResult(r.scenarioName(), r.description(), r.seed(), r.replication(), r.start(),
        r.end(), r.resolvedScenario(), r.kpis(), r.trips(), r.linkStats(), r.series(),
        r.network(), r.warnings(), r.agents(), r.sensors(), r.junctions(), outputs());
  }
}
