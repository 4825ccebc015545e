package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.incident.Closure;
import org.citysim.sim.incident.DispatchRequest;
import org.citysim.sim.incident.LogNormal;
import org.citysim.sim.incident.RandomIncidents.Basis;
import org.citysim.sim.incident.Severity;
import org.citysim.sim.scenario.IncidentsSpec.ClosureSpec;
import org.citysim.sim.scenario.IncidentsSpec.LinkRef;
import org.citysim.sim.scenario.IncidentsSpec.NeedSpec;
import org.citysim.sim.scenario.IncidentsSpec.UnitSpec;
import org.citysim.sim.scenario.IncidentsSpec.ScheduledSpec;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds the {@code incidents} section over {@link IncidentsSpec#defaults()}. Whether its links
 * exist is checked when the network is built.
 */
final class IncidentsBinder {
  /** The YAML names of {@link Basis}, in its order. */
  static final List<String> BASES = List.of("vehicle-km", "link-hour");
  /** The YAML word for every lane. */
  static final String ALL = "all";

  private final Problems problems;

  IncidentsBinder(Problems problems) {
    this.problems = problems;
  }

  /** The spec, or null when there were problems (all recorded). */
  IncidentsSpec bind(Obj o) {
    int before = problems.size();
    o.checkKeys("random", "scheduled", "closures", "detection", "response", "compliance",
        "baseline");
    IncidentsSpec d = IncidentsSpec.defaults();
    Basis basis = d.basis();
    double rate = d.rate();
    double period = d.exposurePeriod();
    List<Severity> severities = d.severities();
    Obj r = o.optObj("random");
    if (r != null) {
      r.checkKeys("basis", "rate", "exposurePeriod", "severities");
      basis = r.has("basis") ? basis(r.opt("basis")) : Basis.PER_VEHICLE_KM;
      double defaultRate = basis == Basis.PER_LINK_HOUR
          ? IncidentsSpec.DEFAULT_RATE_PER_LINK_HOUR : IncidentsSpec.DEFAULT_RATE_PER_VEH_KM;
      rate = r.optNumber("rate", defaultRate, Range.atLeast(0));
      period = r.optNumber("exposurePeriod", period, Range.closed(1, 86_400));
      if (r.has("severities")) {
        severities = severities(r.opt("severities"), r.optList("severities"));
      }
    }
    List<ScheduledSpec> scheduled = scheduled(o.optList("scheduled"), severities);
    List<ClosureSpec> closures = closures(o.optList("closures"));
    List<LinkRef> cameras = d.cameras();
    double probability = d.cameraProbability();
    double delay = d.cameraDelay();
    LogNormal report = d.report();
    String classifier = d.classifier();
    Obj det = o.optObj("detection");
    if (det != null) {
      det.checkKeys("cameras", "probability", "delay", "report", "classifier");
      cameras = det.has("cameras") ? cameras(det.opt("cameras")) : cameras;
      probability = det.optNumber("probability", probability, Range.closed(0, 1));
      delay = det.optNumber("delay", delay, Range.closed(0, 86_400));
      report = logNormal(det.optObj("report"), report);
      if (det.has("classifier")) {
        String t = det.opt("classifier").text();
        if (t == null || t.isBlank()) {
          det.opt("classifier").problem("classifier must be a model file",
              "e.g. classifier: models/forecast-town-classifier.zip (citysim train classifier"
                  + " makes one)");
        } else {
          classifier = t.strip();
        }
      }
    }
    double response = d.responseDelay();
    String dispatcher = d.dispatcher();
    List<UnitSpec> units = d.units();
    int iterations = d.iterations();
    List<NeedSpec> needs = d.needs();
    Obj res = o.optObj("response");
    if (res != null) {
      res.checkKeys("delay", "dispatcher", "units", "iterations", "needs");
      response = res.optNumber("delay", response, Range.closed(0, 86_400));
      dispatcher = res.has("dispatcher") ? dispatcher(res.opt("dispatcher")) : dispatcher;
      units = units(res.optList("units"));
      iterations = res.optInt("iterations", iterations, Range.closed(1, 100_000));
      needs = needs(res.optList("needs"), severities);
      if (dispatcher != null && !"none".equals(dispatcher) && res.optList("units").isEmpty()) {
        res.opt("dispatcher").problem("dispatcher '" + dispatcher + "' has no units",
            "add response.units, e.g. [{kind: police, depot: r0c0, count: 2}], or use"
                + " dispatcher: none");
      }
    }
    double compliance = o.optNumber("compliance", d.compliance(), Range.closed(0, 1));
    String baseline = o.has("baseline") ? baseline(o.opt("baseline")) : d.baseline();
    if (problems.size() > before || basis == null || dispatcher == null || baseline == null) {
      return null;
    }
    String disp = dispatcher;
    List<UnitSpec> us = units;
    int it = iterations;
    List<NeedSpec> ns = needs;
    Basis b = basis;
    double rt = rate;
    double p = period;
    List<Severity> sev = severities;
    List<LinkRef> cams = cameras;
    double prob = probability;
    double del = delay;
    LogNormal rep = report;
    double resp = response;
    String base = baseline;
    String cls = classifier;
    return ScenarioBinder.build(o, () -> new IncidentsSpec(true, b, rt, p, sev, scheduled,
        closures, cams, prob, del, rep, resp, compliance, disp, us, it, ns, base, cls));
  }

  private String baseline(Val v) {
    String t = v.text();
    if (t == null) {
      return null;
    }
    if (!IncidentsSpec.BASELINES.contains(t)) {
      String guess = Suggest.closest(t, IncidentsSpec.BASELINES);
      v.problem("unknown baseline '" + t + "'", (guess == null ? "" : "did you mean '"
          + guess + "'? ") + "use auto, on or off: auto repeats the run without incidents"
          + " only when it has at most " + IncidentsSpec.BASELINE_AUTO_MAX_TRIPS + " trips");
      return null;
    }
    return t;
  }

  private String dispatcher(Val v) {
    String t = v.text();
    if (t == null) {
      return null;
    }
    if (!IncidentsSpec.DISPATCHERS.contains(t)) {
      String guess = Suggest.closest(t, IncidentsSpec.DISPATCHERS);
      v.problem("unknown dispatcher '" + t + "'", (guess == null ? "" : "did you mean '"
          + guess + "'? ") + "dispatchers: " + String.join(", ", IncidentsSpec.DISPATCHERS));
      return null;
    }
    return t;
  }

  /** A unit kind, or null (with a problem) when unknown. */
  private String kind(Val v) {
    String t = v.text();
    if (t == null) {
      return null;
    }
    if (!DispatchRequest.KINDS.contains(t)) {
      String guess = Suggest.closest(t, DispatchRequest.KINDS);
      v.problem("unknown unit kind '" + t + "'", (guess == null ? "" : "did you mean '"
          + guess + "'? ") + "kinds: " + String.join(", ", DispatchRequest.KINDS));
      return null;
    }
    return t;
  }

  private List<UnitSpec> units(List<Val> items) {
    List<UnitSpec> out = new ArrayList<>();
    for (Val item : items) {
      Obj u = item.obj();
      if (u == null) {
        continue;
      }
      int before = problems.size();
      u.checkKeys("kind", "depot", "count");
      Val k = u.require("kind");
      String kind = k == null ? null : kind(k);
      Val dv = u.require("depot");
      String depot = dv == null ? null : dv.text();
      int count = u.optInt("count", 1, Range.closed(1, 1000));
      if (problems.size() > before || kind == null || depot == null) {
        continue;
      }
      out.add(new UnitSpec(kind, new LinkRef(depot, dv.loc().line(), dv.loc().column()),
          count));
    }
    return out;
  }

  private List<NeedSpec> needs(List<Val> items, List<Severity> severities) {
    List<NeedSpec> out = new ArrayList<>();
    List<String> names = severities.stream().map(Severity::name).toList();
    Set<String> seen = new HashSet<>();
    for (Val item : items) {
      Obj n = item.obj();
      if (n == null) {
        continue;
      }
      int before = problems.size();
      n.checkKeys("severity", "units", "priority", "window");
      String severity = n.requireText("severity");
      if (severity != null && !names.contains(severity)) {
        String guess = Suggest.closest(severity, names);
        n.opt("severity").problem("no severity '" + severity + "'",
            (guess == null ? "" : "did you mean '" + guess + "'? ") + "severities: "
                + String.join(", ", names));
      } else if (severity != null && !seen.add(severity)) {
        n.opt("severity").problem("severity '" + severity + "' has two needs entries",
            "give each severity one entry");
      }
      List<String> kinds = new ArrayList<>();
      Val kv = n.require("units");
      List<Val> ks = kv == null ? null : kv.listOrOne();
      if (ks != null) {
        for (Val k : ks) {
          String kind = kind(k);
          if (kind != null && kinds.contains(kind)) {
            k.problem("unit kind '" + kind + "' is listed twice", "list each kind once");
          } else if (kind != null) {
            kinds.add(kind);
          }
        }
        if (ks.isEmpty()) {
          kv.problem("the units list is empty", "name at least one of "
              + String.join(", ", DispatchRequest.KINDS));
        }
      }
      int priority = n.optInt("priority", 2, Range.closed(1, 3));
      double window = n.optNumber("window", IncidentsSpec.DEFAULT_WINDOW,
          Range.closed(1, 86_400));
      if (problems.size() > before || severity == null || kinds.isEmpty()) {
        continue;
      }
      out.add(new NeedSpec(severity, kinds, priority, window));
    }
    return out;
  }

  private Basis basis(Val v) {
    String t = v.text();
    if (t == null) {
      return null;
    }
    int i = BASES.indexOf(t);
    if (i < 0) {
      String guess = Suggest.closest(t, BASES);
      v.problem("unknown basis '" + t + "'", (guess == null ? "" : "did you mean '" + guess
          + "'? ") + "rates are per " + String.join(" or per ", BASES));
      return null;
    }
    return Basis.values()[i];
  }

  private List<Severity> severities(Val at, List<Val> items) {
    List<Severity> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Severity d = IncidentsSpec.defaultSeverities().get(0);
    for (Val item : items) {
      Obj s = item.obj();
      if (s == null) {
        continue;
      }
      int before = problems.size();
      s.checkKeys("name", "share", "lanesBlocked", "remainingShare", "clearance", "allClear");
      String name = s.requireText("name");
      double share = s.optNumber("share", 1, Range.atLeast(0));
      int lanes = s.has("lanesBlocked") ? lanes(s.opt("lanesBlocked"), 0) : d.lanesBlocked();
      double remaining = s.optNumber("remainingShare", d.remainingShare(),
          Range.openClosed(0, 1));
      LogNormal clearance = logNormal(s.optObj("clearance"), d.clearance());
      double allClear = s.optNumber("allClear", d.allClearDelay(), Range.closed(0, 86_400));
      if (problems.size() > before || name == null) {
        continue;
      }
      if (!names.add(name)) {
        s.opt("name").problem("duplicate severity name '" + name + "'",
            "give each severity its own name");
        continue;
      }
      out.add(new Severity(name, share, lanes, remaining, clearance, allClear));
    }
    if (items.isEmpty()) {
      at.problem("the severities list is empty",
          "give at least one {name, share, lanesBlocked, clearance}, or leave it out for the"
              + " defaults");
    }
    return out;
  }

  /** "all" or a whole number of lanes of at least {@code min}. */
  private int lanes(Val v, int min) {
    if (v.node() instanceof org.citysim.sim.scenario.yaml.YScalar s
        && s.kind() == org.citysim.sim.scenario.yaml.YScalar.Kind.STRING) {
      if (ALL.equals(s.text())) {
        return Closure.ALL_LANES;
      }
      v.problem("expected 'all' or a number of lanes, got '" + s.text() + "'",
          "write all, or a whole number of at least " + min);
      return min;
    }
    Long n = v.integer(Range.closed(min, 100));
    return n == null ? min : n.intValue();
  }

  private LogNormal logNormal(Obj o, LogNormal d) {
    if (o == null) {
      return d;
    }
    o.checkKeys("mean", "sd");
    double mean = o.optNumber("mean", d.mean(), Range.closed(0, 7 * 86_400));
    double sd = o.optNumber("sd", d.sd(), Range.closed(0, 7 * 86_400));
    return new LogNormal(mean, sd);
  }

  private List<ScheduledSpec> scheduled(List<Val> items, List<Severity> severities) {
    List<ScheduledSpec> out = new ArrayList<>();
    List<String> names = severities.stream().map(Severity::name).toList();
    for (Val item : items) {
      Obj s = item.obj();
      if (s == null) {
        continue;
      }
      s.checkKeys("link", "at", "severity");
      LinkRef link = link(s);
      Double at = s.requireTime("at");
      String severity = s.requireText("severity");
      if (severity != null && !names.contains(severity)) {
        String guess = Suggest.closest(severity, names);
        s.opt("severity").problem("no severity '" + severity + "'",
            (guess == null ? "" : "did you mean '" + guess + "'? ") + "severities: "
                + String.join(", ", names));
        continue;
      }
      if (link != null && at != null && severity != null) {
        out.add(new ScheduledSpec(link, at, severity));
      }
    }
    return out;
  }

  private List<ClosureSpec> closures(List<Val> items) {
    List<ClosureSpec> out = new ArrayList<>();
    for (Val item : items) {
      Obj c = item.obj();
      if (c == null) {
        continue;
      }
      int before = problems.size();
      c.checkKeys("link", "from", "to", "lanes");
      LinkRef link = link(c);
      Double from = c.requireTime("from");
      Double to = c.has("to") ? c.opt("to").time() : Double.valueOf(Double.POSITIVE_INFINITY);
      int lanes = c.has("lanes") ? lanes(c.opt("lanes"), 1) : Closure.ALL_LANES;
      if (problems.size() > before || link == null || from == null || to == null) {
        continue;
      }
      if (!(to > from)) {
        c.opt("to").problem("closure ends at " + Times.format(to) + ", not after its start "
            + Times.format(from), "'to' must be later than 'from'; leave it out to close the"
                + " link for the rest of the run");
        continue;
      }
      out.add(new ClosureSpec(link, from, to, lanes));
    }
    return out;
  }

  private List<LinkRef> cameras(Val v) {
    List<Val> items = v.listOrOne();
    List<LinkRef> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (Val item : items) {
      String id = item.text();
      if (id == null) {
        continue;
      }
      if (!seen.add(id)) {
        item.problem("link '" + id + "' is listed twice", "list each camera link once");
        continue;
      }
      out.add(new LinkRef(id, item.loc().line(), item.loc().column()));
    }
    return out;
  }

  /** The required {@code link} of {@code o}, with where it was written. */
  private static LinkRef link(Obj o) {
    Val v = o.require("link");
    String id = v == null ? null : v.text();
    return id == null ? null : new LinkRef(id, v.loc().line(), v.loc().column());
  }
}
