package org.citysim.sim.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citysim.sim.emission.EmissionClass;
import org.citysim.sim.emission.EmissionOutputs;
import org.citysim.sim.emission.Pollutant;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;
import org.citysim.sim.metrics.PollutionOutputs.LevelHours;
import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.pollution.Alert;
import org.citysim.sim.pollution.AlertMonitor;
import org.citysim.sim.pollution.Aqi;
import org.citysim.sim.pollution.Attribution;
import org.citysim.sim.pollution.CellGrid;
import org.citysim.sim.pollution.DispersionModel;
import org.citysim.sim.pollution.NitrogenDioxide;
import org.citysim.sim.pollution.SourceHistory;
import org.citysim.sim.pollution.Station;
import org.citysim.sim.scenario.PollutionSpec;

/**
 * Records what the pollution steps produce: the run-mean and hourly fields, the stations'
 * samples with their AQI, and the alerts; and assembles {@link PollutionOutputs} at the end,
 * with the exact attribution of each station's run mean.
 *
 * <p>AQI is taken from each station's trailing one-hour mean (NO2's AQI is defined on 1-h means;
 * for PM2.5, whose AQI is defined on 24-h means, the trailing hour stands in, as hourly
 * NowCast-style reporting does, since runs last hours rather than days).
 */
final class PollutionRecorder {
  private static final double HOUR = 3600;
  /** AQI points below a level at which an alert ends, so that noise does not flap it. */
  private static final double HYSTERESIS = 5;

  private final PollutionSpec spec;
  private final CellGrid grid;
  private final List<Station> stations;
  private final NitrogenDioxide no2;
  private final AlertMonitor alerts;
  private final double start;
  private final double end;
  private final int cells;
  private final double[] noxSum;
  private final double[] pmSum;
  private final double[][] noxHour;
  private final double[][] pmHour;
  private final double[] hourTime;
  private double time;
  private final List<List<StationSample>> samples = new ArrayList<>();
  private final List<TrailingMean> noxTrail = new ArrayList<>();
  private final List<TrailingMean> pmTrail = new ArrayList<>();

  PollutionRecorder(PollutionSpec spec, CellGrid grid, List<Station> stations, double start,
      double end) {
    this.spec = spec;
    this.grid = grid;
    this.stations = List.copyOf(stations);
    this.no2 = new NitrogenDioxide(spec.no2Fraction(), spec.background().get("no2"));
    double[] levels = spec.alertLevels().stream().mapToDouble(Integer::doubleValue).toArray();
    int trend = Math.max(2, (int) Math.round(spec.trendWindow() / spec.interval()));
    this.alerts = levels.length == 0 ? null
        : new AlertMonitor(levels, HYSTERESIS, trend, spec.projection());
    this.start = start;
    this.end = end;
    this.cells = grid.cellCount();
    int hours = Math.max(1, (int) Math.ceil((end - start) / HOUR));
    this.noxSum = new double[cells];
    this.pmSum = new double[cells];
    this.noxHour = new double[hours][];
    this.pmHour = new double[hours][];
    this.hourTime = new double[hours];
    int window = Math.max(1, (int) Math.round(HOUR / spec.interval()));
    for (int i = 0; i < stations.size(); i++) {
      samples.add(new ArrayList<>());
      noxTrail.add(new TrailingMean(window));
      pmTrail.add(new TrailingMean(window));
    }
  }

  /** Records the fields after the step that ended at {@code now} and lasted {@code dt} [s]. */
  void record(double now, double dt, DispersionModel nox, DispersionModel pm) {
    time += dt;
    int h = Math.min(noxHour.length - 1, (int) ((now - dt - start) / HOUR));
    if (noxHour[h] == null) {
      noxHour[h] = new double[cells];
      pmHour[h] = new double[cells];
    }
    hourTime[h] += dt;
    double[] nh = noxHour[h];
    double[] ph = pmHour[h];
    for (int c = 0; c < cells; c++) {
      double n = nox.concentration(c) * dt;
      double p = pm.concentration(c) * dt;
      noxSum[c] += n;
      pmSum[c] += p;
      nh[c] += n;
      ph[c] += p;
    }
    for (int i = 0; i < stations.size(); i++) {
      Station s = stations.get(i);
      double no2Now = no2.fromNoxIncrement(nox.concentrationAt(s));
      double pmNow = pm.concentrationAt(s);
      double no2Hour = noxTrail.get(i).add(no2Now);
      double pmHourMean = pmTrail.get(i).add(pmNow);
      int aqiNo2 = Aqi.no2(no2Hour).aqi();
      int aqiPm = Aqi.pm25(pmHourMean).aqi();
      samples.get(i).add(new StationSample(now, no2Now, pmNow, aqiNo2, aqiPm,
          Math.max(aqiNo2, aqiPm)));
      if (alerts != null) {
        alerts.observe(s.id(), "no2", now, aqiNo2);
        alerts.observe(s.id(), "pm25", now, aqiPm);
      }
    }
  }

  /** Everything, with attribution of each station's run mean; call once, after the run. */
  PollutionOutputs outputs(EmissionOutputs e, SourceHistory nox, SourceHistory pm,
      RoadNetwork net) {
    List<PollutionOutputs.EmissionRow> rows = new ArrayList<>(e.rows().size());
    for (EmissionOutputs.LinkEmissions r : e.rows()) {
      rows.add(new PollutionOutputs.EmissionRow(r.intervalStart(), r.linkId(), r.vehicles(),
          r.co2(), r.nox(), r.pm25(), r.fuel()));
    }
    List<PollutionOutputs.Total> totals = new ArrayList<>();
    for (Pollutant p : Pollutant.values()) {
      totals.add(new PollutionOutputs.Total(id(p), e.total(p)));
    }
    List<PollutionOutputs.ClassTotal> byClass = new ArrayList<>();
    for (EmissionClass c : EmissionClass.values()) {
      EmissionOutputs.ClassTotals t = e.byClass().get(c);
      byClass.add(new PollutionOutputs.ClassTotal(c.id(), t.vehicles(), t.co2(), t.nox(),
          t.pm25(), t.fuel()));
    }
    PollutionOutputs.Grid g = new PollutionOutputs.Grid(grid.x0(), grid.y0(), grid.cellSize(),
        grid.nx(), grid.ny());
    List<PollutionOutputs.Field> fields = time == 0 ? List.of()
        : List.of(field("no2", noxSum, noxHour, true), field("pm25", pmSum, pmHour, false));
    List<StationSeries> series = new ArrayList<>();
    for (int i = 0; i < stations.size(); i++) {
      series.add(series(stations.get(i), samples.get(i)));
    }
    List<PollutionOutputs.Attribution> attribution = new ArrayList<>();
    if (time > 0) {
      // One adjoint sweep per station serves both fields when they share the operator (equal
      // decay rates); otherwise each field has its own.
      boolean shared = nox.model().params().decayRate() == pm.model().params().decayRate();
      Attribution byNox = new Attribution(nox);
      Attribution byPm = new Attribution(pm);
      for (Station s : stations) {
        List<Attribution.Result> r = shared ? byNox.attribute(s, start, end, List.of(pm))
            : List.of(byNox.attribute(s, start, end), byPm.attribute(s, start, end));
        attribution.add(attribution(s, "no2", r.get(0), net, true));
        attribution.add(attribution(s, "pm25", r.get(1), net, false));
      }
    }
    return new PollutionOutputs(rows, totals, byClass, g, fields, series, alertRecords(series),
        attribution);
  }

  private static String id(Pollutant p) {
    return switch (p) {
      case CO2 -> "co2";
      case NOX -> "nox";
      case PM25 -> "pm25";
      case FUEL -> "fuel";
    };
  }

  /** Run-mean and peak-hour field; NO2 from the NOx increment. */
  private PollutionOutputs.Field field(String id, double[] sum, double[][] hourly, boolean isNo2) {
    double[] mean = new double[cells];
    for (int c = 0; c < cells; c++) {
      mean[c] = sum[c] / time;
    }
    int peak = 0;
    double best = -1;
    for (int h = 0; h < hourly.length; h++) {
      if (hourly[h] == null) {
        continue;
      }
      double total = 0;
      for (double v : hourly[h]) {
        total += v;
      }
      total /= hourTime[h];
      if (total > best) {
        best = total;
        peak = h;
      }
    }
    double[] peakField = new double[cells];
    for (int c = 0; c < cells; c++) {
      peakField[c] = hourly[peak][c] / hourTime[peak];
    }
    if (isNo2) {
      for (int c = 0; c < cells; c++) {
        mean[c] = no2.fromNoxIncrement(Math.max(0, mean[c]));
        peakField[c] = no2.fromNoxIncrement(Math.max(0, peakField[c]));
      }
    }
    return new PollutionOutputs.Field(id, mean, peakField, start + peak * HOUR);
  }

  private StationSeries series(Station s, List<StationSample> list) {
    int peak = 0;
    for (StationSample x : list) {
      peak = Math.max(peak, x.aqi());
    }
    List<LevelHours> above = new ArrayList<>();
    for (int level : spec.alertLevels()) {
      long n = list.stream().filter(x -> x.aqi() > level).count();
      above.add(new LevelHours(level, n * spec.interval() / HOUR));
    }
    return new StationSeries(s.id(), s.x(), s.y(), list, peak, above);
  }

  private PollutionOutputs.Attribution attribution(Station s, String pollutant,
      Attribution.Result r, RoadNetwork net, boolean isNo2) {
    // NO2 = background + f * NOx increment; the NOx field's own background is zero, so its
    // "background" part is what the initial field leaves, scaled like the links.
    double f = isNo2 ? no2.fraction() : 1;
    double bg = isNo2 ? no2.background() + f * r.background() : r.background();
    double mean = isNo2 ? no2.background() + f * r.mean() : r.mean();
    List<PollutionOutputs.Source> sources = new ArrayList<>();
    // Sources l and L + l are the same link: along it, and at its stop line.
    double[] per = r.perLink();
    int links = per.length / 2;
    for (int l = 0; l < links; l++) {
      double part = per[l] + per[links + l];
      if (part > 0) {
        double c = f * part;
        sources.add(new PollutionOutputs.Source(net.link(l).id().value(), c,
            mean == 0 ? 0 : c / mean));
      }
    }
    sources.sort(Comparator.comparingDouble(PollutionOutputs.Source::concentration).reversed()
        .thenComparing(PollutionOutputs.Source::link));
    return new PollutionOutputs.Attribution(s.id(), pollutant, mean, bg, sources);
  }

  private List<AlertRecord> alertRecords(List<StationSeries> series) {
    List<AlertRecord> out = new ArrayList<>();
    if (alerts == null) {
      return out;
    }
    for (Alert a : alerts.alerts()) {
      double to = a.isOpen() ? end : a.end();
      int peak = 0;
      for (StationSeries s : series) {
        if (!s.id().equals(a.station())) {
          continue;
        }
        for (StationSample x : s.samples()) {
          if (x.time() >= a.start() && x.time() <= to) {
            peak = Math.max(peak, a.pollutant().equals("no2") ? x.aqiNo2() : x.aqiPm25());
          }
        }
      }
      out.add(new AlertRecord(a.station(), a.pollutant(), (int) a.level(),
          a.kind() == Alert.Kind.ALERT ? "alert" : "warning", a.start(), to, peak));
    }
    out.sort(Comparator.comparingDouble(AlertRecord::start).thenComparing(AlertRecord::station)
        .thenComparing(AlertRecord::pollutant).thenComparingInt(AlertRecord::level));
    return out;
  }

  /** Mean of the last {@code n} values added. */
  private static final class TrailingMean {
    private final double[] ring;
    private int count;
    private double sum;

    TrailingMean(int n) {
      ring = new double[n];
    }

    double add(double v) {
      int slot = count % ring.length;
      if (count >= ring.length) {
        sum -= ring[slot];
      }
      ring[slot] = v;
      sum += v;
      count++;
      return sum / Math.min(count, ring.length);
    }
  }
}
