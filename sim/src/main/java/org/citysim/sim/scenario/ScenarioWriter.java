package org.citysim.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.scenario.DemandSpec.OdFlowSpec;
import org.citysim.sim.scenario.DemandSpec.RandomDemandSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.LinkSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.MovementSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.NodeSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.PhaseSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.SignalPlanSpec;
import org.citysim.sim.sensor.CameraModel;
import org.citysim.sim.sensor.ClassMix;
import org.citysim.sim.sensor.Condition;
import org.citysim.sim.sensor.Detection;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.VehicleClass;
import org.citysim.sim.sensor.WeatherPeriod;

/**
 * Writes a scenario as canonical YAML: keys in reference order, every default written out, times
 * as {@code "HH:MM:SS"}, trip files as absolute paths, strings always double-quoted. The output
 * depends only on the scenario, so it can be stored with a run's results and diffed; loading it
 * gives an equal scenario (with the written file's folder as base folder).
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /** The canonical YAML text of {@code s}. */
  public static String toYaml(Scenario s) {
    StringBuilder b = new StringBuilder();
    b.append("name: ").append(str(s.name())).append('\n');
    b.append("description: ").append(str(s.description())).append('\n');
    SimulationSpec sim = s.simulation();
    b.append("simulation:\n");
    b.append("  start: ").append(time(sim.start())).append('\n');
    b.append("  end: ").append(time(sim.end())).append('\n');
    b.append("  seed: ").append(sim.seed()).append('\n');
    b.append("  replication: ").append(sim.replication()).append('\n');
    b.append("network:\n");
    if (s.network() instanceof GridSpec g) {
      grid(b, g);
    } else if (s.network() instanceof ExplicitNetworkSpec e) {
      explicit(b, e);
    } else if (s.network() instanceof SumoNetworkSpec n) {
      b.append("  sumo:\n");
      b.append("    net: ").append(str(n.net().toString())).append('\n');
      b.append("    additional: [");
      for (int i = 0; i < n.additional().size(); i++) {
        b.append(i == 0 ? "" : ", ").append(str(n.additional().get(i).toString()));
      }
      b.append("]\n");
      b.append("    saturationFlow: ").append(num(n.saturationFlow())).append('\n');
    }
    demand(b, s.demand());
    TrafficSpec t = s.traffic();
    b.append("traffic:\n");
    b.append("  cellSize: ").append(num(t.cellSize())).append('\n');
    b.append("  holeSpeed: ").append(num(t.holeSpeed())).append('\n');
    b.append("  stuckTime: ").append(num(t.stuckTime())).append('\n');
    OutputSpec o = s.outputs();
    b.append("outputs:\n");
    b.append("  linkInterval: ").append(num(o.linkInterval())).append('\n');
    b.append("  sampleInterval: ").append(num(o.sampleInterval())).append('\n');
    b.append("  charts: ").append(o.charts()).append('\n');
    agents(b, s.agents());
    sensors(b, s.sensors());
    pollution(b, s.pollution());
    incidents(b, s.incidents());
    return b.toString();
  }

  /**
   * The {@code sensors} section, in full, unless it is all defaults: a scenario that says nothing
   * about sensors keeps its resolved YAML (and its report) as before sensors existed.
   */
  private static void sensors(StringBuilder b, SensorSpec s) {
    if (s.equals(SensorSpec.defaults())) {
      return;
    }
    b.append("sensors:\n");
    b.append("  interval: ").append(num(s.interval())).append('\n');
    b.append("  dropout: ").append(num(s.dropout())).append('\n');
    b.append("  night: {from: ").append(time(s.night().from())).append(", to: ")
        .append(time(s.night().to())).append("}\n");
    b.append("  weather:").append(s.weather().isEmpty() ? " []\n" : "\n");
    for (WeatherPeriod w : s.weather()) {
      b.append("    - {from: ").append(time(w.from())).append(", to: ").append(time(w.to()))
          .append(", condition: ").append(str(w.weather().label())).append("}\n");
    }
    b.append("  cameras: [");
    for (int i = 0; i < s.cameras().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(str(s.cameras().get(i)));
    }
    b.append("]\n");
    CameraModel c = s.camera();
    b.append("  camera:\n");
    for (Condition k : Condition.values()) {
      Detection d = c.in(k);
      b.append("    ").append(k.label()).append(": {recall: ").append(num(d.recall()))
          .append(", precision: ").append(num(d.precision())).append("}\n");
    }
    b.append("    occlusion: ").append(num(c.occlusion())).append('\n');
    b.append("    falsePositives: ").append(c.falsePositives()).append('\n');
    b.append("    latency: ").append(num(c.latency())).append('\n');
    b.append("    fleet: ").append(mix(c.fleet())).append('\n');
    b.append("    confusion:\n");
    for (VehicleClass v : VehicleClass.values()) {
      b.append("      ").append(v.label()).append(": ").append(mix(c.confusion().row(v)))
          .append('\n');
    }
  }

  /** The {@code pollution} section, in full, when the scenario has one. */
  private static void pollution(StringBuilder b, PollutionSpec p) {
    if (!p.enabled()) {
      return;
    }
    b.append("pollution:\n");
    b.append("  interval: ").append(num(p.interval())).append('\n');
    b.append("  cellSize: ").append(num(p.cellSize())).append('\n');
    b.append("  margin: ").append(num(p.margin())).append('\n');
    b.append("  height: ").append(num(p.height())).append('\n');
    b.append("  diffusivity: ").append(num(p.diffusivity())).append('\n');
    b.append("  no2Fraction: ").append(num(p.no2Fraction())).append('\n');
    if (!p.fleet().isEmpty()) {
      b.append("  fleet: {");
      String sep = "";
      for (String c : PollutionSpec.VEHICLE_CLASSES) {
        b.append(sep).append(c).append(": ").append(num(p.fleet().getOrDefault(c, 0.0)));
        sep = ", ";
      }
      b.append("}\n");
    }
    b.append("  background: {");
    String sep = "";
    for (String q : PollutionSpec.FIELD_POLLUTANTS) {
      b.append(sep).append(q).append(": ").append(num(p.background().get(q)));
      sep = ", ";
    }
    b.append("}\n");
    b.append("  decay: {");
    sep = "";
    for (String q : PollutionSpec.FIELD_POLLUTANTS) {
      b.append(sep).append(q).append(": ").append(num(p.decay().get(q)));
      sep = ", ";
    }
    b.append("}\n");
    b.append("  wind:\n");
    for (PollutionSpec.Wind w : p.wind()) {
      b.append("    - {from: ").append(time(w.from())).append(", speed: ")
          .append(num(w.speed())).append(", direction: ").append(num(w.direction()))
          .append("}\n");
    }
    b.append("  stations:").append(p.stations().isEmpty() ? " []\n" : "\n");
    for (PollutionSpec.StationSpec st : p.stations()) {
      b.append("    - {id: ").append(str(st.id()));
      if (st.link() != null) {
        b.append(", link: ").append(str(st.link()));
      } else {
        b.append(", x: ").append(num(st.x())).append(", y: ").append(num(st.y()));
      }
      b.append("}\n");
    }
    b.append("  alerts: {levels: ").append(p.alertLevels()).append(", projection: ")
        .append(num(p.projection())).append(", trendWindow: ").append(num(p.trendWindow()))
        .append("}\n");
    b.append("  attribution: {top: ").append(p.top()).append("}\n");
  }

  /** The {@code incidents} section, in full, when the scenario has one. */
  private static void incidents(StringBuilder b, IncidentsSpec p) {
    if (!p.enabled()) {
      return;
    }
    b.append("incidents:\n");
    b.append("  random:\n");
    b.append("    basis: ").append(IncidentsBinder.BASES.get(p.basis().ordinal())).append('\n');
    b.append("    rate: ").append(num(p.rate())).append('\n');
    b.append("    exposurePeriod: ").append(num(p.exposurePeriod())).append('\n');
    b.append("    severities:\n");
    for (org.citysim.sim.incident.Severity v : p.severities()) {
      b.append("      - {name: ").append(str(v.name())).append(", share: ")
          .append(num(v.share())).append(", lanesBlocked: ").append(lanes(v.lanesBlocked()))
          .append(", remainingShare: ").append(num(v.remainingShare()))
          .append(", clearance: ").append(logNormal(v.clearance())).append(", allClear: ")
          .append(num(v.allClearDelay())).append("}\n");
    }
    b.append("  scheduled:").append(p.scheduled().isEmpty() ? " []\n" : "\n");
    for (IncidentsSpec.ScheduledSpec x : p.scheduled()) {
      b.append("    - {link: ").append(str(x.link().id())).append(", at: ").append(time(x.at()))
          .append(", severity: ").append(str(x.severity())).append("}\n");
    }
    b.append("  closures:").append(p.closures().isEmpty() ? " []\n" : "\n");
    for (IncidentsSpec.ClosureSpec c : p.closures()) {
      b.append("    - {link: ").append(str(c.link().id())).append(", from: ")
          .append(time(c.from()));
      if (Double.isFinite(c.to())) {
        b.append(", to: ").append(time(c.to()));
      }
      b.append(", lanes: ").append(lanes(c.lanes())).append("}\n");
    }
    b.append("  detection:\n");
    b.append("    cameras: [");
    for (int i = 0; i < p.cameras().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(str(p.cameras().get(i).id()));
    }
    b.append("]\n");
    b.append("    probability: ").append(num(p.cameraProbability())).append('\n');
    b.append("    delay: ").append(num(p.cameraDelay())).append('\n');
    b.append("    report: ").append(logNormal(p.report())).append('\n');
    if (!p.classifier().isEmpty()) {
      b.append("    classifier: ").append(str(p.classifier())).append('\n');
    }
    b.append("  response:\n");
    b.append("    dispatcher: ").append(p.dispatcher()).append('\n');
    b.append("    delay: ").append(num(p.responseDelay())).append('\n');
    b.append("    iterations: ").append(p.iterations()).append('\n');
    b.append("    units:").append(p.units().isEmpty() ? " []\n" : "\n");
    for (IncidentsSpec.UnitSpec u : p.units()) {
      b.append("      - {kind: ").append(u.kind()).append(", depot: ").append(str(u.depot().id()))
          .append(", count: ").append(u.count()).append("}\n");
    }
    b.append("    needs:\n");
    for (org.citysim.sim.incident.Severity v : p.severities()) {
      IncidentsSpec.NeedSpec n = p.need(v.name());
      b.append("      - {severity: ").append(str(n.severity())).append(", units: [")
          .append(String.join(", ", n.kinds())).append("], priority: ").append(n.priority())
          .append(", window: ").append(num(n.window())).append("}\n");
    }
    b.append("  compliance: ").append(num(p.compliance())).append('\n');
    b.append("  baseline: ").append(str(p.baseline())).append('\n');
  }

  private static String lanes(int n) {
    return n == org.citysim.sim.incident.Closure.ALL_LANES ? IncidentsBinder.ALL
        : Integer.toString(n);
  }

  private static String logNormal(org.citysim.sim.incident.LogNormal d) {
    return "{mean: " + num(d.mean()) + ", sd: " + num(d.sd()) + "}";
  }

  private static String mix(ClassMix m) {
    return "{car: " + num(m.car()) + ", bus: " + num(m.bus()) + ", truck: " + num(m.truck())
        + "}";
  }

  private static void agents(StringBuilder b, java.util.List<org.citysim.sim.agent.AgentSpec> agents) {
    if (agents.isEmpty()) {
      return;
    }
    b.append("agents:\n");
    for (org.citysim.sim.agent.AgentSpec a : agents) {
      b.append("  - agent: ").append(str(a.provider())).append('\n');
      b.append("    name: ").append(str(a.name())).append('\n');
      b.append("    config:\n");
      for (java.lang.reflect.RecordComponent c : a.config().getClass().getRecordComponents()) {
        b.append("      ").append(c.getName()).append(": ")
            .append(configValue(read(c, a.config()))).append('\n');
      }
    }
  }

  private static Object read(java.lang.reflect.RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static String configValue(Object v) {
    if (v instanceof Double d) {
      return num(d);
    }
    if (v instanceof Enum<?> e) {
      return str(org.citysim.sim.agent.RecordBinder.yamlName(e));
    }
    if (v instanceof String s) {
      return str(s);
    }
    if (v instanceof java.util.List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(configValue(l.get(i)));
      }
      return b.append(']').toString();
    }
    return String.valueOf(v); // int, long, boolean
  }

  private static void grid(StringBuilder b, GridSpec g) {
    b.append("  grid:\n");
    b.append("    rows: ").append(g.rows()).append('\n');
    b.append("    columns: ").append(g.columns()).append('\n');
    b.append("    spacing: ").append(num(g.spacing())).append('\n');
    b.append("    lanes: ").append(g.lanes()).append('\n');
    b.append("    speed: ").append(num(g.speed())).append('\n');
    b.append("    capacityPerLane: ").append(num(g.capacityPerLane())).append('\n');
    GridSignals s = g.signals();
    b.append("    signals:\n");
    b.append("      enabled: ").append(s.enabled()).append('\n');
    b.append("      cycle: ").append(num(s.cycle())).append('\n');
    b.append("      intergreen: ").append(num(s.intergreen())).append('\n');
    b.append("      nsShare: ").append(num(s.nsShare())).append('\n');
    b.append("      offsetStep: ").append(num(s.offsetStep())).append('\n');
  }

  private static void explicit(StringBuilder b, ExplicitNetworkSpec e) {
    b.append("  nodes:").append(e.nodes().isEmpty() ? " []\n" : "\n");
    for (NodeSpec n : e.nodes()) {
      b.append("    - {id: ").append(str(n.id())).append(", x: ").append(num(n.x()))
          .append(", y: ").append(num(n.y())).append("}\n");
    }
    b.append("  links:").append(e.links().isEmpty() ? " []\n" : "\n");
    for (LinkSpec l : e.links()) {
      b.append("    - {id: ").append(str(l.id())).append(", from: ").append(str(l.from()))
          .append(", to: ").append(str(l.to())).append(", length: ").append(num(l.length()))
          .append(", lanes: ").append(l.lanes()).append(", speed: ").append(num(l.speed()));
      // NaN means "lanes x default" (see LinkSpec); leaving the key out says exactly that.
      if (!Double.isNaN(l.capacity())) {
        b.append(", capacity: ").append(num(l.capacity()));
      }
      b.append("}\n");
    }
    b.append("  movements:").append(e.movements().isEmpty() ? " []\n" : "\n");
    for (MovementSpec m : e.movements()) {
      b.append("    - {from: ").append(str(m.from())).append(", to: ").append(str(m.to()))
          .append("}\n");
    }
    b.append("  signals:").append(e.signals().isEmpty() ? " []\n" : "\n");
    for (SignalPlanSpec p : e.signals()) {
      b.append("    - node: ").append(str(p.node())).append('\n');
      b.append("      offset: ").append(num(p.offset())).append('\n');
      b.append("      phases:").append(p.phases().isEmpty() ? " []\n" : "\n");
      for (PhaseSpec ph : p.phases()) {
        b.append("        - duration: ").append(num(ph.duration())).append('\n');
        b.append("          green: [");
        List<MovementSpec> green = ph.green();
        for (int i = 0; i < green.size(); i++) {
          b.append(i == 0 ? "" : ", ")
              .append(str(green.get(i).from() + ">" + green.get(i).to()));
        }
        b.append("]\n");
      }
    }
  }

  private static void demand(StringBuilder b, DemandSpec d) {
    b.append("demand:\n");
    TimeProfile p = d.profile();
    b.append("  profile:\n");
    b.append("    start: ").append(time(p.start())).append('\n');
    b.append("    interval: ").append(num(p.interval())).append('\n');
    b.append("    factors: [");
    double[] factors = p.factors();
    for (int i = 0; i < factors.length; i++) {
      b.append(i == 0 ? "" : ", ").append(num(factors[i]));
    }
    b.append("]\n");
    b.append("  flows:").append(d.flows().isEmpty() ? " []\n" : "\n");
    for (OdFlowSpec f : d.flows()) {
      b.append("    - {from: ").append(str(f.from())).append(", to: ").append(str(f.to()))
          .append(", rate: ").append(num(f.rate())).append("}\n");
    }
    if (d.random().isPresent()) {
      RandomDemandSpec r = d.random().get();
      b.append("  random:\n");
      b.append("    rate: ").append(num(r.rate())).append('\n');
      b.append("    places: ").append(r.places().name().toLowerCase(Locale.ROOT)).append('\n');
    }
    b.append("  trips:").append(d.tripFiles().isEmpty() ? " []\n" : "\n");
    for (Path t : d.tripFiles()) {
      b.append("    - ").append(str(t.toAbsolutePath().normalize().toString())).append('\n');
    }
    if (!d.sumoRoutes().isEmpty()) {
      b.append("  sumo:\n    routes:\n");
      for (Path r : d.sumoRoutes()) {
        b.append("      - ").append(str(r.toAbsolutePath().normalize().toString())).append('\n');
      }
    }
  }

  /** A time as "HH:MM:SS" when it is a whole second, else the exact number of seconds. */
  private static String time(double seconds) {
    return seconds == Math.rint(seconds) && seconds >= 0 ? str(Times.format(seconds)) : num(seconds);
  }

  /** Integer form for whole numbers, else {@link Double#toString} (which round-trips exactly). */
  static String num(double v) {
    boolean negativeZero = v == 0 && 1 / v < 0;
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
      return Long.toString((long) v);
    }
    if (Double.isNaN(v)) {
      return ".nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? ".inf" : "-.inf";
    }
    return Double.toString(v);
  }

  /** A double-quoted YAML string (JSON-style escapes are valid YAML). */
  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
