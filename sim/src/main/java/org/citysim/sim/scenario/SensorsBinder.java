package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.scenario.yaml.Val;
import org.citysim.sim.sensor.CameraModel;
import org.citysim.sim.sensor.ClassMix;
import org.citysim.sim.sensor.DailyHours;
import org.citysim.sim.sensor.Detection;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.Weather;
import org.citysim.sim.sensor.WeatherPeriod;

/**
 * Binds the {@code sensors} section: aggregation interval, dropouts, night hours, weather
 * periods, the camera model (every field optional over {@link CameraModel#defaults()}) and the
 * links the scenario puts cameras on. Whether those links exist is checked when the network is
 * built.
 */
final class SensorsBinder {
  private static final String TIME_OF_DAY_HINT =
      "write a time of day from \"00:00\" to \"23:59:59\"; night wraps past midnight when 'from'"
          + " is later than 'to'";

  private final Problems problems;

  SensorsBinder(Problems problems) {
    this.problems = problems;
  }

  /** The spec, or null when there were problems (all recorded). */
  SensorSpec bind(Obj o) {
    int before = problems.size();
    o.checkKeys("interval", "dropout", "night", "weather", "camera", "cameras");
    SensorSpec d = SensorSpec.defaults();
    double interval = o.optNumber("interval", d.interval(), Range.closed(1, 86_400));
    double dropout = o.optNumber("dropout", d.dropout(), Range.closed(0, 1));
    Obj n = o.optObj("night");
    DailyHours night = n == null ? d.night() : night(n, d.night());
    List<WeatherPeriod> weather = weather(o.optList("weather"));
    Obj c = o.optObj("camera");
    CameraModel camera = c == null ? d.camera() : camera(c, d.camera());
    List<String> cameras = cameras(o.opt("cameras"));
    if (problems.size() > before) {
      return null;
    }
    return ScenarioBinder.build(o, () -> new SensorSpec(interval, dropout, night, weather, camera,
        cameras));
  }

  private DailyHours night(Obj o, DailyHours d) {
    o.checkKeys("from", "to");
    Double from = o.has("from") ? timeOfDay(o.opt("from")) : Double.valueOf(d.from());
    Double to = o.has("to") ? timeOfDay(o.opt("to")) : Double.valueOf(d.to());
    return from == null || to == null ? null : new DailyHours(from, to);
  }

  private static Double timeOfDay(Val v) {
    Double t = v.time();
    if (t != null && t >= DailyHours.DAY) {
      v.problem("night hours are times of day, got " + Times.format(t), TIME_OF_DAY_HINT);
      return null;
    }
    return t;
  }

  private List<WeatherPeriod> weather(List<Val> items) {
    List<WeatherPeriod> out = new ArrayList<>();
    List<Val> at = new ArrayList<>();
    for (Val item : items) {
      Obj o = item.obj();
      if (o == null) {
        continue;
      }
      o.checkKeys("from", "to", "condition");
      Double from = o.requireTime("from");
      Double to = o.requireTime("to");
      Weather w = weatherOf(o.require("condition"));
      if (from != null && to != null && !(to > from)) {
        o.opt("to").problem("the period ends at " + Times.format(to) + ", not after its start "
            + Times.format(from), "'to' must be later than 'from'");
      } else if (from != null && to != null && w != null) {
        out.add(new WeatherPeriod(from, to, w));
        at.add(item);
      }
    }
    Integer[] order = new Integer[out.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> out.get(i).from()));
    for (int k = 1; k < order.length; k++) {
      WeatherPeriod earlier = out.get(order[k - 1]);
      WeatherPeriod later = out.get(order[k]);
      if (later.from() < earlier.to()) {
        Val v = at.get(order[k]);
        v.problem("this weather period (" + span(later) + ") overlaps " + at.get(order[k - 1])
            .path() + " (" + span(earlier) + ")", "periods must not overlap; outside them the"
            + " weather is clear");
      }
    }
    return out;
  }

  private static String span(WeatherPeriod p) {
    return Times.format(p.from()) + "-" + Times.format(p.to());
  }

  private static Weather weatherOf(Val v) {
    String text = v == null ? null : v.text();
    if (text == null) {
      return null;
    }
    List<String> names = Arrays.stream(Weather.values()).map(Weather::label).toList();
    for (Weather w : Weather.values()) {
      if (w.label().equalsIgnoreCase(text.trim())) {
        return w;
      }
    }
    String guess = Suggest.closest(text.trim(), names);
    v.problem("unknown weather condition '" + text + "'", (guess == null ? ""
        : "did you mean '" + guess + "'? ") + "one of: " + String.join(", ", names)
        + " (use fog for snow too; night comes from sensors.night)");
    return null;
  }

  private CameraModel camera(Obj o, CameraModel d) {
    int before = problems.size();
    o.checkKeys("day", "night", "rain", "fog", "occlusion", "falsePositives", "latency", "fleet",
        "confusion");
    Detection day = detection(o, "day", d.day());
    Detection night = detection(o, "night", d.night());
    Detection rain = detection(o, "rain", d.rain());
    Detection fog = detection(o, "fog", d.fog());
    double occlusion = o.optNumber("occlusion", d.occlusion(), Range.closed(0, 1));
    boolean falsePositives = o.optBool("falsePositives", d.falsePositives());
    double latency = o.optNumber("latency", d.latency(), Range.closed(0, 86_400));
    ClassMix fleet = mix(o, "fleet", d.fleet());
    CameraModel.Confusion confusion = d.confusion();
    Obj c = o.optObj("confusion");
    if (c != null) {
      c.checkKeys("car", "bus", "truck");
      confusion = new CameraModel.Confusion(mix(c, "car", confusion.car()),
          mix(c, "bus", confusion.bus()), mix(c, "truck", confusion.truck()));
    }
    if (problems.size() > before) {
      return null;
    }
    CameraModel.Confusion matrix = confusion;
    return ScenarioBinder.build(o, () -> new CameraModel(day, night, rain, fog, occlusion,
        falsePositives, latency, fleet, matrix));
  }

  private Detection detection(Obj parent, String key, Detection d) {
    Obj o = parent.optObj(key);
    if (o == null) {
      return d;
    }
    o.checkKeys("recall", "precision");
    double recall = o.optNumber("recall", d.recall(), Range.openClosed(0, 1));
    double precision = o.optNumber("precision", d.precision(), Range.openClosed(0, 1));
    return new Detection(recall, precision);
  }

  /** Class shares at {@code key}, over {@code d} field by field; they must sum to 1. */
  private ClassMix mix(Obj parent, String key, ClassMix d) {
    Obj o = parent.optObj(key);
    if (o == null) {
      return d;
    }
    int before = problems.size();
    o.checkKeys("car", "bus", "truck");
    double car = o.optNumber("car", d.car(), Range.closed(0, 1));
    double bus = o.optNumber("bus", d.bus(), Range.closed(0, 1));
    double truck = o.optNumber("truck", d.truck(), Range.closed(0, 1));
    if (problems.size() > before) {
      return d;
    }
    double sum = car + bus + truck;
    if (Math.abs(sum - 1) > ClassMix.TOLERANCE) {
      o.problem("the shares of car, bus and truck sum to " + ScenarioWriter.num(sum)
          + ", not 1", "give all three so that they add up to 1 (left out, a class keeps its"
          + " default share)");
      return d;
    }
    return new ClassMix(car, bus, truck);
  }

  private static List<String> cameras(Val v) {
    if (v == null) {
      return List.of();
    }
    List<Val> items = v.listOrOne();
    if (items == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Val item : items) {
      String id = item.text();
      if (id == null) {
        continue;
      }
      if (!seen.add(id)) {
        item.problem("link '" + id + "' has a camera already", "list each link once");
        continue;
      }
      out.add(id);
    }
    return out;
  }
}
