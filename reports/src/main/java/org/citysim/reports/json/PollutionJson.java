package org.citysim.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.LevelHours;
import org.citysim.sim.metrics.PollutionOutputs.Source;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.PollutionOutputs.Total;

/**
 * The {@code pollution} object of {@code summary.json}, for runs with a pollution model:
 * <pre>
 * "pollution": {
 *   "co2Kg": 123.456, "noxKg": ..., "pm25Kg": ..., "fuelKg": ...,   run totals [kg]
 *   "alerts": 1, "warnings": 1,                                      counts over all stations
 *   "stations": [ { "id": "s1", "peakAqi": 120,
 *                   "hoursAbove": { "100": 0.5, "150": 0.0 },         [h] per AQI level
 *                   "alerts": 1, "warnings": 0,
 *                   "attribution": [ { "pollutant": "no2", "meanUgM3": 40.0,
 *                                      "backgroundUgM3": 10.0,
 *                                      "top": [ { "link": "l3", "ugM3": 20.0, "share": 0.5 },
 *                                               ... at most 3 ] } ] } ] }
 * </pre>
 * The scalars sit directly under {@code pollution} so that {@code citysim compare}, which reads
 * nested numbers as KPIs ({@code pollution.co2Kg}), compares them between runs; per-station
 * details are in arrays, which it skips (station ids may hold dots, which would break dotted
 * keys).
 */
final class PollutionJson {
  /** Contributing links listed per station and pollutant; attribution.csv has them all. */
  static final int TOP_SOURCES = 3;

  private final JsonFiles json;

  PollutionJson(JsonFiles json) {
    this.json = json;
  }

  /** Adds the object to {@code root} unless {@code p} is empty. */
  void addTo(ObjectNode root, PollutionOutputs p) {
    if (p.isEmpty()) {
      return;
    }
    ObjectNode o = json.object();
    for (Total t : p.totals()) {
      o.set(t.pollutant() + "Kg", json.number(t.grams() / 1000.0));
    }
    o.put("alerts", count(p.alerts(), null, "alert"));
    o.put("warnings", count(p.alerts(), null, "warning"));
    ArrayNode classes = o.putArray("vehicleClasses");
    for (PollutionOutputs.ClassTotal c : p.classTotals()) {
      ObjectNode co = json.object();
      co.put("class", c.vehicleClass());
      co.put("vehicles", c.vehicles());
      co.set("co2Kg", json.number(c.co2() / 1000.0));
      co.set("noxKg", json.number(c.nox() / 1000.0));
      co.set("pm25Kg", json.number(c.pm25() / 1000.0));
      co.set("fuelKg", json.number(c.fuel() / 1000.0));
      classes.add(co);
    }
    ArrayNode stations = o.putArray("stations");
    for (StationSeries s : p.stations()) {
      stations.add(station(s, p));
    }
    JsonNode existing = root.get("pollution");
    if (existing instanceof ObjectNode kpis) {
      // KPIs keyed "pollution.*" were nested there already; they keep their values.
      o.fields().forEachRemaining(f -> {
        if (!kpis.has(f.getKey())) {
          kpis.set(f.getKey(), f.getValue());
        }
      });
    } else if (existing == null) {
      root.set("pollution", o);
    }
    // A KPI named plain "pollution" (not an object) is left alone rather than overwritten.
  }

  private ObjectNode station(StationSeries s, PollutionOutputs p) {
    ObjectNode o = json.object();
    o.put("id", s.id());
    o.put("peakAqi", s.peakAqi());
    ObjectNode hours = o.putObject("hoursAbove");
    for (LevelHours h : s.hoursAbove()) {
      hours.set(Integer.toString(h.level()), json.number(h.hours()));
    }
    o.put("alerts", count(p.alerts(), s.id(), "alert"));
    o.put("warnings", count(p.alerts(), s.id(), "warning"));
    ArrayNode attribution = o.putArray("attribution");
    for (Attribution a : p.attribution()) {
      if (!a.station().equals(s.id())) {
        continue;
      }
      ObjectNode ao = attribution.addObject();
      ao.put("pollutant", a.pollutant());
      ao.set("meanUgM3", json.number(a.mean()));
      ao.set("backgroundUgM3", json.number(a.background()));
      ArrayNode top = ao.putArray("top");
      for (Source src : a.sources().subList(0, Math.min(TOP_SOURCES, a.sources().size()))) {
        ObjectNode so = top.addObject();
        so.put("link", src.link());
        so.set("ugM3", json.number(src.concentration()));
        so.set("share", json.number(src.share()));
      }
    }
    return o;
  }

  /** Alerts of {@code kind}, at {@code station} or at all stations when it is null. */
  private static long count(List<AlertRecord> alerts, String station, String kind) {
    return alerts.stream().filter(a -> kind.equals(a.kind()))
        .filter(a -> station == null || station.equals(a.station())).count();
  }
}
