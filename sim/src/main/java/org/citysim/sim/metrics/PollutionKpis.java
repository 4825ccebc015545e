package org.citysim.sim.metrics;

import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.PollutionOutputs.Total;

/** The air-quality KPIs ({@code emissions.*}, {@code aqi.*}, ... in {@link KpiKeys}). */
public final class PollutionKpis {
  private PollutionKpis() {}

  /** Adds the pollution KPIs to {@code kpis}; nothing when the run had no pollution model. */
  public static Kpis addTo(Kpis kpis, PollutionOutputs p) {
    if (p.isEmpty()) {
      return kpis;
    }
    Kpis k = kpis;
    for (Total t : p.totals()) {
      String key = switch (t.pollutant()) {
        case "co2" -> KpiKeys.CO2_KG;
        case "nox" -> KpiKeys.NOX_KG;
        case "pm25" -> KpiKeys.PM25_KG;
        case "fuel" -> KpiKeys.FUEL_KG;
        default -> null;
      };
      if (key != null) {
        k = k.put(key, t.grams() / 1000);
      }
    }
    if (p.stations().isEmpty()) {
      return k;
    }
    int peak = 0;
    double worstHours = 0;
    double no2 = 0;
    double pm25 = 0;
    for (StationSeries s : p.stations()) {
      peak = Math.max(peak, s.peakAqi());
      if (!s.hoursAbove().isEmpty()) {
        worstHours = Math.max(worstHours, s.hoursAbove().get(0).hours());
      }
      no2 += mean(s, true);
      pm25 += mean(s, false);
    }
    int n = p.stations().size();
    long alerts = p.alerts().stream().filter(a -> a.kind().equals("alert")).count();
    return k.put(KpiKeys.AQI_PEAK, (long) peak)
        .put(KpiKeys.AQI_HOURS_ABOVE, worstHours)
        .put(KpiKeys.NO2_STATION_MEAN, no2 / n)
        .put(KpiKeys.PM25_STATION_MEAN, pm25 / n)
        .put(KpiKeys.ALERTS, alerts);
  }

  private static double mean(StationSeries s, boolean no2) {
    if (s.samples().isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (StationSample x : s.samples()) {
      sum += no2 ? x.no2() : x.pm25();
    }
    return sum / s.samples().size();
  }
}
