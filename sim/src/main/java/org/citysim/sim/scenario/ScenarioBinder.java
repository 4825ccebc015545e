package org.citysim.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.citysim.sim.agent.AgentRegistry;
import org.citysim.sim.agent.AgentSpec;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.sensor.SensorSpec;

/**
 * Binds the located tree of a scenario file to the records, top-level sections first. Checks
 * everything the records' constructors check (and more) beforehand, so the user gets located
 * messages; records are built only from values that passed.
 */
final class ScenarioBinder {
  private final Problems problems;
  private final Path baseDir;

  private final Supplier<AgentRegistry> agents;

  ScenarioBinder(Problems problems, Path baseDir, Supplier<AgentRegistry> agents) {
    this.problems = problems;
    this.baseDir = baseDir;
    this.agents = agents;
  }

  /** The scenario, or null when there were problems (all recorded). */
  Scenario bind(Obj root) {
    root.checkKeys("name", "description", "simulation", "network", "demand", "traffic", "outputs",
        "agents", "sensors", "pollution", "incidents");
    String name = root.requireText("name");
    if (name != null && name.isBlank()) {
      root.opt("name").problem("name must not be empty", "give the scenario a short name");
    } else if (name != null && !name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
      // The name becomes part of the default run folder (runs/<name>-seed<seed>), so it must be
      // a plain file name: no separators, no leading dot.
      root.opt("name").problem("name '" + name + "' cannot be used in a folder name",
          "use letters, digits, '.', '_' and '-' only, not starting with '.'");
    }
    String description = root.optText("description", "");
    Obj sim = root.requireObj("simulation");
    SimulationSpec simulation = sim == null ? null : simulation(sim);
    Obj net = root.requireObj("network");
    NetworkBinder.Result network = net == null ? null : new NetworkBinder(problems, baseDir).bind(net);
    Obj dem = root.requireObj("demand");
    DemandSpec demand = dem == null ? null
        : new DemandBinder(problems, baseDir).bind(dem, network == null ? null : network.nodes());
    Obj tr = root.optObj("traffic");
    TrafficSpec traffic = tr == null ? TrafficSpec.defaults() : traffic(tr);
    Obj out = root.optObj("outputs");
    OutputSpec outputs = out == null ? OutputSpec.defaults() : outputs(out);
    List<AgentSpec> agentSpecs = root.has("agents")
        ? new AgentsBinder(agents.get()).bind(root.optList("agents")) : List.of();
    Obj sen = root.optObj("sensors");
    SensorSpec sensors = sen == null ? SensorSpec.defaults()
        : new SensorsBinder(problems).bind(sen);
    Obj pol = root.optObj("pollution");
    PollutionSpec pollution = pol == null ? PollutionSpec.off()
        : new PollutionBinder(problems).bind(pol);
    Obj inc = root.optObj("incidents");
    IncidentsSpec incidents = inc == null ? IncidentsSpec.off()
        : new IncidentsBinder(problems).bind(inc);
    if (!problems.isEmpty()) {
      return null;
    }
    return build(root, () -> new Scenario(name, description, simulation, network.spec(), demand,
        traffic, outputs, baseDir, agentSpecs, sensors, pollution, incidents));
  }

  private SimulationSpec simulation(Obj o) {
    int before = problems.size();
    o.checkKeys("start", "end", "seed", "replication");
    Double start = o.requireTime("start");
    Double end = o.requireTime("end");
    long seed = o.optLong("seed", 1, Range.ANY);
    int replication = o.optInt("replication", 0, Range.closed(0, Integer.MAX_VALUE));
    if (start != null && end != null && !(end > start)) {
      o.opt("end").problem("end " + Times.format(end) + " is not after start " + Times.format(start),
          "end must be later than start; use hours above 23 to run past midnight");
    }
    if (problems.size() > before) {
      return null;
    }
    return build(o, () -> new SimulationSpec(start, end, seed, replication));
  }

  private TrafficSpec traffic(Obj o) {
    int before = problems.size();
    o.checkKeys("cellSize", "holeSpeed", "stuckTime");
    TrafficSpec d = TrafficSpec.defaults();
    double cellSize = o.optNumber("cellSize", d.cellSize(), Range.closed(2, 50));
    double holeSpeed = o.optNumber("holeSpeed", d.holeSpeed(), Range.closed(0, 30));
    double stuckTime = o.optNumber("stuckTime", d.stuckTime(), Range.openClosed(0, 3600));
    return problems.size() > before ? null
        : build(o, () -> new TrafficSpec(cellSize, holeSpeed, stuckTime));
  }

  private OutputSpec outputs(Obj o) {
    int before = problems.size();
    o.checkKeys("linkInterval", "sampleInterval", "charts");
    OutputSpec d = OutputSpec.defaults();
    double link = o.optNumber("linkInterval", d.linkInterval(), Range.closed(10, 86_400));
    double sample = o.optNumber("sampleInterval", d.sampleInterval(), Range.closed(1, 86_400));
    boolean charts = o.optBool("charts", d.charts());
    return problems.size() > before ? null : build(o, () -> new OutputSpec(link, sample, charts));
  }

  /**
   * Runs a record constructor; should it still reject the values (a check this binder lacks), the
   * user gets a located problem instead of a raw exception.
   */
  static <T> T build(Obj at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      at.problem("invalid " + (at.path().isEmpty() ? "scenario" : at.path()) + ": " + e.getMessage(),
          "");
      return null;
    }
  }
}
