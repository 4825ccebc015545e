package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.scenario.PollutionSpec.StationSpec;
import org.citysim.sim.scenario.PollutionSpec.Wind;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds the {@code pollution} section over {@link PollutionSpec#defaults()}. Whether stations
 * lie inside the grid and whether the grid fits in memory are checked when the network is
 * built, since both depend on its extent.
 */
final class PollutionBinder {
  private final Problems problems;

  PollutionBinder(Problems problems) {
    this.problems = problems;
  }

  /** The spec, or null when there were problems (all recorded). */
  PollutionSpec bind(Obj o) {
    int before = problems.size();
    o.checkKeys("interval", "cellSize", "margin", "height", "diffusivity", "no2Fraction", "fleet",
        "background", "decay", "wind", "stations", "alerts", "attribution");
    PollutionSpec d = PollutionSpec.defaults();
    double interval = o.optNumber("interval", d.interval(), Range.closed(1, 3600));
    double cellSize = o.optNumber("cellSize", d.cellSize(), Range.closed(5, 10_000));
    double margin = o.optNumber("margin", d.margin(), Range.closed(0, 100_000));
    double height = o.optNumber("height", d.height(), Range.closed(1, 3000));
    double diffusivity = o.optNumber("diffusivity", d.diffusivity(), Range.closed(0, 10_000));
    double no2Fraction = o.optNumber("no2Fraction", d.no2Fraction(), Range.closed(0, 1));
    Map<String, Double> fleet = fleet(o.optObj("fleet"));
    Map<String, Double> background = perPollutant(o.optObj("background"), d.background(),
        Range.closed(0, 10_000));
    Map<String, Double> decay = perPollutant(o.optObj("decay"), d.decay(), Range.closed(0, 1));
    List<Wind> wind = o.has("wind") ? wind(o.opt("wind"), o.optList("wind")) : d.wind();
    List<StationSpec> stations = stations(o.optList("stations"));
    List<Integer> levels = d.alertLevels();
    double projection = d.projection();
    double trend = d.trendWindow();
    Obj a = o.optObj("alerts");
    if (a != null) {
      a.checkKeys("levels", "projection", "trendWindow");
      levels = a.has("levels") ? levels(a.opt("levels")) : levels;
      projection = a.optNumber("projection", projection, Range.closed(0, 86_400));
      trend = a.optNumber("trendWindow", trend, Range.closed(1, 86_400));
    }
    int top = d.top();
    Obj at = o.optObj("attribution");
    if (at != null) {
      at.checkKeys("top");
      top = at.optInt("top", top, Range.closed(1, 1000));
    }
    if (problems.size() > before) {
      return null;
    }
    List<Integer> alertLevels = levels;
    double proj = projection;
    double window = trend;
    int topN = top;
    return ScenarioBinder.build(o, () -> new PollutionSpec(true, interval, cellSize, margin,
        height, diffusivity, no2Fraction, fleet, background, decay, wind, stations, alertLevels,
        proj,
        window, topN));
  }

  private Map<String, Double> fleet(Obj o) {
    if (o == null) {
      return Map.of();
    }
    int before = problems.size();
    o.checkKeys(PollutionSpec.VEHICLE_CLASSES.toArray(String[]::new));
    Map<String, Double> shares = new LinkedHashMap<>();
    double sum = 0;
    for (String c : PollutionSpec.VEHICLE_CLASSES) {
      double v = o.optNumber(c, 0, Range.closed(0, 1));
      shares.put(c, v);
      sum += v;
    }
    if (problems.size() > before) {
      return Map.of();
    }
    if (Math.abs(sum - 1) > 1e-6) {
      o.problem("the fleet shares sum to " + ScenarioWriter.num(sum) + ", not 1",
          "give the share of each class present (" + String.join(", ",
              PollutionSpec.VEHICLE_CLASSES) + "); classes left out have share 0");
    }
    return shares;
  }

  private Map<String, Double> perPollutant(Obj o, Map<String, Double> d, Range range) {
    if (o == null) {
      return d;
    }
    o.checkKeys(PollutionSpec.FIELD_POLLUTANTS.toArray(String[]::new));
    Map<String, Double> out = new LinkedHashMap<>();
    for (String p : PollutionSpec.FIELD_POLLUTANTS) {
      out.put(p, o.optNumber(p, d.get(p), range));
    }
    return out;
  }

  private List<Wind> wind(Val at, List<Val> items) {
    List<Wind> out = new ArrayList<>();
    double last = Double.NEGATIVE_INFINITY;
    for (Val item : items) {
      Obj w = item.obj();
      if (w == null) {
        continue;
      }
      w.checkKeys("from", "speed", "direction");
      Double from = w.has("from") ? w.opt("from").time() : Double.valueOf(0);
      Double speed = w.requireNumber("speed", Range.closed(0, 100));
      Double dir = w.requireNumber("direction", Range.closedOpen(0, 360));
      if (from == null || speed == null || dir == null) {
        continue;
      }
      if (!(from > last)) {
        w.problem("wind periods must be in time order, each starting later than the one before",
            "sort the list by 'from'");
        continue;
      }
      last = from;
      out.add(new Wind(from, speed, dir));
    }
    if (items.isEmpty()) {
      at.problem("the wind list is empty", "give at least one {from, speed, direction}");
    }
    return out;
  }

  private List<StationSpec> stations(List<Val> items) {
    List<StationSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Val item : items) {
      Obj s = item.obj();
      if (s == null) {
        continue;
      }
      s.checkKeys("id", "x", "y", "link");
      String id = s.requireText("id");
      String link = s.optText("link", null);
      double x = Double.NaN;
      double y = Double.NaN;
      if (link == null) {
        Double sx = s.requireNumber("x", Range.ANY);
        Double sy = s.requireNumber("y", Range.ANY);
        if (sx == null || sy == null) {
          continue;
        }
        x = sx;
        y = sy;
      } else if (s.has("x") || s.has("y")) {
        s.problem("a station is placed by 'link' or by 'x' and 'y', not both",
            "drop 'link' or the coordinates");
        continue;
      }
      if (id == null) {
        continue;
      }
      if (!ids.add(id)) {
        s.opt("id").problem("duplicate station id '" + id + "'", "give each station its own id");
        continue;
      }
      out.add(new StationSpec(id, x, y, link, s.loc().line(), s.loc().column()));
    }
    return out;
  }

  private List<Integer> levels(Val v) {
    List<Val> items = v.listOrOne();
    List<Integer> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    for (Val item : items) {
      Long level = item.integer(Range.closed(1, 500));
      if (level == null) {
        continue;
      }
      if (!out.isEmpty() && level <= out.get(out.size() - 1)) {
        item.problem("alert levels must ascend", "write them from lowest to highest, e.g. [100,"
            + " 150]");
        continue;
      }
      out.add(level.intValue());
    }
    return out;
  }
}
