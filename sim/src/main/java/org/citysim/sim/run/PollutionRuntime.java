package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.emission.EmissionCollector;
import org.citysim.sim.emission.FleetMix;
import org.citysim.sim.emission.Pollutant;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.pollution.Boundary;
import org.citysim.sim.pollution.CellGrid;
import org.citysim.sim.pollution.DispersionModel;
import org.citysim.sim.pollution.DispersionParams;
import org.citysim.sim.pollution.GridTooLargeException;
import org.citysim.sim.pollution.LinkCells;
import org.citysim.sim.pollution.SourceHistory;
import org.citysim.sim.pollution.Station;
import org.citysim.sim.pollution.WindPeriod;
import org.citysim.sim.pollution.WindTimeline;
import org.citysim.sim.scenario.PollutionSpec;
import org.citysim.sim.scenario.PollutionSpec.StationSpec;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * The pollution model of a run: emissions of every vehicle on every link
 * ({@link EmissionCollector}), and every {@code pollution.interval} a dispersion step of the
 * NOx and PM2.5 fields on the cell grid with the emissions of the step, then the stations'
 * samples ({@link PollutionRecorder}). NO2 is a fixed share of the NOx increment over its
 * background (see {@code NitrogenDioxide}).
 *
 * <p>Each link is two sources: what vehicles emit cruising is spread along the whole link; what
 * they emit queued is spread over its last {@value #QUEUE_ZONE} m, at the stop line where queues
 * stand (most queued vehicle-seconds are spent by the first few vehicles of a queue; 50 m holds
 * about seven cars per lane). Attribution adds the two back into one share per link.
 *
 * <p>The step runs at {@link Priorities#MEASURE}, after the traffic events of the same instant;
 * a vehicle's emissions on a link are released when it leaves the link, so they enter the
 * field in the step in which it leaves (link travel times are short against a step). What
 * vehicles still on links at the end emitted counts in the totals but is not dispersed.
 */
final class PollutionRuntime {
  /** Length of the stop-line zone where queued emissions are released [m]. */
  static final double QUEUE_ZONE = 50;

  private final PollutionSpec spec;
  private final RoadNetwork net;
  private final EmissionCollector emissions;
  private final CellGrid grid;
  private final SourceHistory nox;
  private final SourceHistory pm25;
  private final WindTimeline wind;
  private final PollutionRecorder recorder;
  private final double[] noxGrams;
  private final double[] pmGrams;
  /** Wall time of the steps and of the attribution [ns]; reported in run.json only. */
  private long nanos;

  /**
   * Wires the model into {@code kernel}.
   *
   * @param linkInterval interval of the per-link emission rows [s]
   * @param source       the scenario file, for errors
   * @throws ScenarioException when the grid would be too large or a station lies outside it
   */
  PollutionRuntime(Kernel kernel, RoadNetwork net, TripTable trips, PollutionSpec spec,
      double linkInterval, Path source) throws ScenarioException {
    this.spec = spec;
    this.net = net;
    this.emissions = new EmissionCollector(kernel, net, trips, fleet(spec.fleet()), linkInterval);
    this.grid = grid(net, spec, source);
    LinkCells cells = sources(net, grid);
    double start = kernel.startTime();
    // With equal decay rates (the default, 0: NO2 + OH at 5-25 h and PM2.5 deposition at about
    // 4 h are negligible against ventilation, which renews a cell's air in about a minute) both
    // fields share one operator and one adjoint sweep per station attributes both.
    DispersionParams pmDefaults = DispersionParams.pm25();
    DispersionParams noxParams = new DispersionParams(spec.height(),
        pmDefaults.exchangePerWind(), pmDefaults.exchangeTraffic(), 0, spec.decay().get("no2"),
        spec.diffusivity());
    DispersionParams pmParams = noxParams.withBackground(spec.background().get("pm25"))
        .withDecayRate(spec.decay().get("pm25"));
    this.nox = new SourceHistory(new DispersionModel(grid, noxParams, Boundary.OPEN, start),
        cells);
    this.pm25 = new SourceHistory(new DispersionModel(grid, pmParams, Boundary.OPEN, start),
        cells);
    List<WindPeriod> periods = new ArrayList<>();
    for (PollutionSpec.Wind w : spec.wind()) {
      periods.add(new WindPeriod(w.from(), w.speed(), w.direction()));
    }
    this.wind = new WindTimeline(periods);
    this.recorder = new PollutionRecorder(spec, grid, stations(net, spec, grid, source), start,
        kernel.endTime());
    this.noxGrams = new double[2 * net.linkCount()];
    this.pmGrams = new double[2 * net.linkCount()];
    double interval = spec.interval();
    kernel.every(start + interval, interval, Priorities.MEASURE, now -> step(now, interval));
  }

  private void step(double now, double dt) {
    long t0 = System.nanoTime();
    int n = net.linkCount();
    java.util.Arrays.fill(noxGrams, 0);
    java.util.Arrays.fill(pmGrams, 0);
    emissions.drainInto(Pollutant.NOX, noxGrams, 0, n);
    emissions.drainInto(Pollutant.PM25, pmGrams, 0, n);
    // The wind of the step's start holds for the whole step.
    WindPeriod w = wind.at(now - dt);
    nox.advance(dt, noxGrams, w);
    pm25.advance(dt, pmGrams, w);
    recorder.record(now, dt, nox.model(), pm25.model());
    nanos += System.nanoTime() - t0;
  }

  /** Wall time spent in pollution steps and attribution so far [s]. */
  double seconds() {
    return nanos / 1e9;
  }

  /** The results; call once, after the run. */
  PollutionOutputs outputs() {
    long t0 = System.nanoTime();
    PollutionOutputs out = recorder.outputs(emissions.outputs(), nox, pm25, net);
    nanos += System.nanoTime() - t0;
    return out;
  }

  /**
   * Sources {@code 0..L-1}: the links, whole; {@code L..2L-1}: their last {@link #QUEUE_ZONE}
   * metres (the whole link when shorter).
   */
  private static LinkCells sources(RoadNetwork net, CellGrid grid) {
    int m = net.linkCount();
    double[] x1 = new double[2 * m];
    double[] y1 = new double[2 * m];
    double[] x2 = new double[2 * m];
    double[] y2 = new double[2 * m];
    String[] ids = new String[2 * m];
    for (int l = 0; l < m; l++) {
      double ax = net.node(net.from(l)).x();
      double ay = net.node(net.from(l)).y();
      double bx = net.node(net.to(l)).x();
      double by = net.node(net.to(l)).y();
      double drawn = Math.hypot(bx - ax, by - ay);
      // The zone is measured on the drawn segment, whose length may differ from the link's.
      double f = drawn == 0 ? 0 : Math.max(0, 1 - QUEUE_ZONE / drawn);
      x1[l] = ax;
      y1[l] = ay;
      x2[l] = bx;
      y2[l] = by;
      x1[m + l] = ax + f * (bx - ax);
      y1[m + l] = ay + f * (by - ay);
      x2[m + l] = bx;
      y2[m + l] = by;
      ids[l] = net.link(l).id().value();
      ids[m + l] = ids[l] + " (stop line)";
    }
    return LinkCells.of(grid, x1, y1, x2, y2, ids);
  }

  private static FleetMix fleet(Map<String, Double> shares) {
    if (shares.isEmpty()) {
      return FleetMix.defaults();
    }
    return new FleetMix(shares.get("petrol-car"), shares.get("diesel-car"),
        shares.get("electric-car"), shares.get("bus"), shares.get("truck"));
  }

  private static CellGrid grid(RoadNetwork net, PollutionSpec spec, Path source)
      throws ScenarioException {
    try {
      return CellGrid.covering(net, spec.cellSize(), spec.margin());
    } catch (GridTooLargeException e) {
      String m = e.getMessage();
      // The exception's own advice is given as the hint instead.
      m = m.indexOf(';') > 0 ? m.substring(0, m.indexOf(';')) : m;
      throw new ScenarioException(new Problem(source, 0, 0, "pollution.cellSize",
          m, String.format(java.util.Locale.ROOT,
              "raise pollution.cellSize to at least %.0f m, or lower pollution.margin",
              Math.ceil(e.suggestedCellSize()))));
    }
  }

  /** The stations, placed, each checked to lie on the grid. */
  private static List<Station> stations(RoadNetwork net, PollutionSpec spec, CellGrid grid,
      Path source) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<Station> out = new ArrayList<>();
    for (int i = 0; i < spec.stations().size(); i++) {
      StationSpec s = spec.stations().get(i);
      double x = s.x();
      double y = s.y();
      if (s.link() != null) {
        int l = net.linkIndex(s.link());
        if (l < 0) {
          problems.add(new Problem(source, s.line(), s.column(), s.field(i) + ".link",
              "no link '" + s.link() + "' in the network", "give a link id of the network, or"
                  + " x and y"));
          continue;
        }
        x = (net.node(net.from(l)).x() + net.node(net.to(l)).x()) / 2;
        y = (net.node(net.from(l)).y() + net.node(net.to(l)).y()) / 2;
      }
      if (grid.cellOf(x, y) < 0) {
        problems.add(new Problem(source, s.line(), s.column(), s.field(i),
            String.format(java.util.Locale.ROOT, "station '%s' at (%.1f, %.1f) m lies outside"
                + " the pollution grid, x %.1f..%.1f m and y %.1f..%.1f m", s.id(), x, y,
                grid.x0(), grid.maxX(), grid.y0(), grid.maxY()),
            "move the station into the network's area, or widen the grid with pollution.margin"));
        continue;
      }
      out.add(new Station(s.id(), x, y));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return out;
  }
}
