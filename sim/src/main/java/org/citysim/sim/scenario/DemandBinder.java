package org.citysim.sim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citysim.sim.scenario.DemandSpec.OdFlowSpec;
import org.citysim.sim.scenario.DemandSpec.Places;
import org.citysim.sim.scenario.DemandSpec.RandomDemandSpec;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;
import org.citysim.sim.scenario.yaml.YList;

/** Binds {@code demand:}: profile, OD flows, random demand and trip files. */
final class DemandBinder {
  private final Problems problems;
  private final Path baseDir;

  DemandBinder(Problems problems, Path baseDir) {
    this.problems = problems;
    this.baseDir = baseDir;
  }

  /**
   * @param nodes node ids of the network, or null when the network is too broken to know them
   *              (then references are not checked)
   */
  DemandSpec bind(Obj d, NodeSet nodes) {
    int before = problems.size();
    d.checkKeys("profile", "flows", "random", "trips", "sumo");
    Obj p = d.optObj("profile");
    TimeProfile profile = p == null ? TimeProfile.flat() : profile(p);
    List<OdFlowSpec> flows = flows(d, nodes);
    Obj r = d.optObj("random");
    Optional<RandomDemandSpec> random = r == null ? Optional.empty() : Optional.ofNullable(random(r));
    List<Path> trips = trips(d);
    List<Path> sumo = sumoRoutes(d);
    if (!present(d.opt("flows")) && !d.has("random") && !present(d.opt("trips"))
        && !d.has("sumo")) {
      d.problem("demand has no flows, random demand, trips or SUMO routes",
          "add at least one of 'flows:', 'random: {rate: 1000}', 'trips: [trips.csv]' or"
              + " 'sumo: {routes: [x.rou.xml]}'");
    }
    if (problems.size() > before) {
      return null;
    }
    return ScenarioBinder.build(d, () -> new DemandSpec(profile, flows, random, trips, sumo));
  }

  private TimeProfile profile(Obj p) {
    int before = problems.size();
    p.checkKeys("start", "interval", "factors");
    Double start = p.requireTime("start");
    Double interval = p.requireNumber("interval", Range.greaterThan(0));
    Val f = p.require("factors");
    List<Val> items = f == null ? null : f.list();
    double[] factors = new double[items == null ? 0 : items.size()];
    if (items != null && items.isEmpty()) {
      f.problem("'factors' must not be empty", "give one factor per interval, e.g. [0.5, 1, 1.5]");
    }
    for (int i = 0; items != null && i < items.size(); i++) {
      Double v = items.get(i).number(Range.atLeast(0));
      factors[i] = v == null ? 0 : v;
    }
    return problems.size() > before ? null
        : ScenarioBinder.build(p, () -> new TimeProfile(start, interval, factors));
  }

  private List<OdFlowSpec> flows(Obj d, NodeSet nodes) {
    List<OdFlowSpec> out = new ArrayList<>();
    for (Val v : d.optList("flows")) {
      Obj o = v.obj();
      if (o == null) {
        continue;
      }
      int before = problems.size();
      o.checkKeys("from", "to", "rate");
      String from = node(o, "from", nodes);
      String to = node(o, "to", nodes);
      if (from != null && from.equals(to)) {
        o.opt("to").problem("flow from '" + from + "' to itself",
            "origin and destination must differ");
      }
      Double rate = o.requireNumber("rate", Range.greaterThan(0));
      if (problems.size() == before) {
        out.add(new OdFlowSpec(from, to, rate));
      }
    }
    return out;
  }

  private RandomDemandSpec random(Obj r) {
    int before = problems.size();
    r.checkKeys("rate", "places");
    Double rate = r.requireNumber("rate", Range.greaterThan(0));
    Places places = Places.BOUNDARY;
    Val pv = r.opt("places");
    String text = pv == null ? null : pv.text();
    if (text != null) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "all" -> places = Places.ALL;
        case "boundary" -> places = Places.BOUNDARY;
        default -> pv.problem("unknown places '" + text + "'", "use 'all' or 'boundary'");
      }
    }
    return problems.size() > before ? null : new RandomDemandSpec(rate, places);
  }

  private List<Path> trips(Obj d) {
    List<Path> out = new ArrayList<>();
    Val t = d.opt("trips");
    List<Val> items = t == null ? null : t.listOrOne();
    for (Val v : items == null ? List.<Val>of() : items) {
      String name = v.text();
      if (name == null) {
        continue;
      }
      Path path;
      try {
        path = baseDir.resolve(name).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        v.problem("invalid file name '" + name + "'", e.getReason());
        continue;
      }
      if (!Files.isRegularFile(path)) {
        v.problem("trips file not found: " + path, "check the path; relative names are resolved "
            + "against the scenario's folder " + baseDir);
        continue;
      }
      out.add(path);
    }
    return out;
  }

  /** {@code sumo: {routes: [...]}}: route files and additional files with vehicle types. */
  private List<Path> sumoRoutes(Obj d) {
    Obj s = d.optObj("sumo");
    if (s == null) {
      return List.of();
    }
    s.checkKeys("routes");
    Val routes = s.require("routes");
    return routes == null ? List.of() : InputFiles.resolveAll(routes, baseDir, "SUMO route file");
  }

  /** Present and not an empty list (a value of the wrong type is reported elsewhere). */
  private static boolean present(Val v) {
    return v != null && !(v.node() instanceof YList l && l.items().isEmpty());
  }

  private static String node(Obj o, String key, NodeSet nodes) {
    String id = o.requireText(key);
    if (id != null && nodes != null && !nodes.contains(id)) {
      o.opt(key).problem("unknown node '" + id + "'", nodes.hint(id));
      return null;
    }
    return id;
  }
}
