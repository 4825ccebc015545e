package org.citysim.sim.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citysim.sim.forecast.ScenarioFingerprint;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;
import org.citysim.sim.metrics.LinkIntervalStats;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.run.ProgressListener;
import org.citysim.sim.run.Simulation;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorHub;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.signal.SignalPlan;

/**
 * The sensors a data set reads, in column order, with ids {@code kind:link} ({@code
 * loop:r1c1-r1c2}, {@code camera:r1c1-r1c2}). The rule, first that applies:
 * <ol>
 *   <li>{@link Rule#EXPLICIT}: the ids the options give, in their order;</li>
 *   <li>{@link Rule#SCENARIO}: the scenario's own sensors, i.e. the cameras of {@code
 *       sensors.cameras} and every sensor its agents ask for when they are made (the approaches
 *       of signal controllers), in network link order, loops before cameras on a link;</li>
 *   <li>{@link Rule#SIGNALISED_APPROACHES}: a loop on every link into a signalised junction, in
 *       link order;</li>
 *   <li>{@link Rule#BUSY_LINKS}: a loop on every link whose mean flow over the window reached
 *       {@link DatasetOptions#minFlow()} in a pilot run of the scenario as written (seed: the
 *       data set's), in link order.</li>
 * </ol>
 * A sensor's {@code downstream} lists the sensors on the links a vehicle may turn into at the
 * end of its link (the network's movements, so no U-turn where none is allowed).
 */
public final class SensorLayout {
  /** Which rule chose the sensors. */
  public enum Rule { EXPLICIT, SCENARIO, SIGNALISED_APPROACHES, BUSY_LINKS }

  /** A sensor to read: its kind and the link it watches. */
  record Ref(SensorKind kind, String link) {
    String id() {
      return kind.name().toLowerCase(Locale.ROOT) + ":" + link;
    }
  }

  private final Rule rule;
  private final List<Ref> refs;
  private final List<SensorInfo> infos;
  private final String fingerprint;

  private SensorLayout(Rule rule, List<Ref> refs, RoadNetwork net) {
    this.rule = rule;
    this.refs = List.copyOf(refs);
    List<SensorInfo> out = new ArrayList<>();
    for (Ref r : refs) {
      int l = net.linkIndex(r.link());
      List<Integer> down = new ArrayList<>();
      for (int m = net.movementStart(l); m < net.movementEnd(l); m++) {
        String next = net.link(net.movementTo(m)).id().value();
        for (int j = 0; j < refs.size(); j++) {
          if (refs.get(j).link().equals(next) && !down.contains(j)) {
            down.add(j);
          }
        }
      }
      down.sort(Comparator.naturalOrder());
      out.add(new SensorInfo(r.id(), r.link(), down, net.freeSpeed(l)));
    }
    this.infos = List.copyOf(out);
    this.fingerprint = ScenarioFingerprint.of(net, ids());
  }

  /**
   * Chooses the sensors of {@code scenario} by the rule above. Builds the scenario once to see
   * its network, signals and agents' sensors (and runs it once for {@link Rule#BUSY_LINKS}).
   *
   * @param seed the data set seed (for the pilot run)
   * @throws ScenarioException when the scenario cannot be built, an explicit id is malformed or
   *                           names no link, or no link qualifies
   */
  public static SensorLayout choose(Scenario scenario, DatasetOptions options, long seed)
      throws ScenarioException {
    Simulation sim = SimulationBuilder.build(scenario, "", null);
    RoadNetwork net = sim.network().network();
    if (!options.sensors().isEmpty()) {
      return new SensorLayout(Rule.EXPLICIT, parse(options.sensors(), net), net);
    }
    List<Ref> own = scenarioSensors(sim.sensors(), net);
    if (!own.isEmpty()) {
      return new SensorLayout(Rule.SCENARIO, own, net);
    }
    Set<Integer> signalised = new LinkedHashSet<>();
    for (SignalPlan p : sim.network().signals().plans()) {
      signalised.add(p.node());
    }
    List<Ref> loops = new ArrayList<>();
    for (int l = 0; l < net.linkCount(); l++) {
      if (signalised.contains(net.to(l))) {
        loops.add(new Ref(SensorKind.LOOP, net.link(l).id().value()));
      }
    }
    if (!loops.isEmpty()) {
      return new SensorLayout(Rule.SIGNALISED_APPROACHES, loops, net);
    }
    RunResult pilot = SimulationBuilder.build(scenario.withSeed(seed), "", null)
        .run(ProgressListener.NONE);
    double hours = (scenario.simulation().end() - scenario.simulation().start()) / 3600.0;
    double[] entries = new double[net.linkCount()];
    for (LinkIntervalStats s : pilot.linkStats()) {
      entries[net.linkIndex(s.linkId())] += s.entries();
    }
    for (int l = 0; l < net.linkCount(); l++) {
      if (entries[l] / hours >= options.minFlow()) {
        loops.add(new Ref(SensorKind.LOOP, net.link(l).id().value()));
      }
    }
    if (loops.isEmpty()) {
      throw new ScenarioException(new Problem(null, 0, 0, "sensors", "the scenario has no"
          + " sensors, no signals and no link with " + options.minFlow() + " veh/h or more",
          "list sensors in the options (loop:<link>), add sensors.cameras, or lower minFlow"));
    }
    return new SensorLayout(Rule.BUSY_LINKS, loops, net);
  }

  /** The sensors made when the scenario was built, in link order, loops first. */
  static List<Ref> scenarioSensors(SensorHub hub, RoadNetwork net) {
    List<Ref> out = new ArrayList<>();
    for (ApproachSensor s : hub.all()) {
      out.add(new Ref(s.kind(), s.link()));
    }
    out.sort(Comparator.comparingInt((Ref r) -> net.linkIndex(r.link()))
        .thenComparing(Ref::kind));
    return out;
  }

  private static List<Ref> parse(List<String> ids, RoadNetwork net) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<Ref> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String field = "sensors[" + i + "]";
      int colon = id.indexOf(':');
      String kind = colon < 0 ? "" : id.substring(0, colon);
      String link = id.substring(colon + 1);
      if (!kind.equals("loop") && !kind.equals("camera")) {
        problems.add(new Problem(null, 0, 0, field, "malformed sensor id '" + id + "'",
            "write loop:<link id> or camera:<link id>"));
      } else if (net.linkIndex(link) < 0) {
        List<String> links = new ArrayList<>();
        for (int l = 0; l < net.linkCount(); l++) {
          links.add(net.link(l).id().value());
        }
        String guess = Suggest.closest(link, links);
        problems.add(new Problem(null, 0, 0, field, "no link '" + link + "' in the network",
            guess == null ? "give a link id of the network" : "did you mean '" + guess + "'?"));
      } else if (!seen.add(id)) {
        problems.add(new Problem(null, 0, 0, field, "sensor '" + id + "' is listed twice",
            "list each sensor once"));
      } else {
        out.add(new Ref(kind.equals("loop") ? SensorKind.LOOP : SensorKind.CAMERA, link));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return out;
  }

  /**
   * The layout's sensors in one day's run, made if need be (shared with agents that asked for
   * the same ones), in column order.
   *
   * @throws IllegalStateException when the day's scenario made other sensors than the layout's
   *                               (agents that ask for sensors depending on the seed)
   */
  List<ApproachSensor> attach(Simulation sim) {
    if (rule == Rule.SCENARIO) {
      List<Ref> now = scenarioSensors(sim.sensors(), sim.network().network());
      if (!now.equals(refs)) {
        throw new IllegalStateException("the scenario's sensors differ between days: "
            + refs.size() + " on the first, " + now.size() + " now");
      }
    }
    List<ApproachSensor> out = new ArrayList<>(refs.size());
    for (Ref r : refs) {
      out.add(sim.sensors().approach(r.link(), r.kind()));
    }
    return out;
  }

  /** The rule that chose the sensors. */
  public Rule rule() {
    return rule;
  }

  /** The sensors, in column order. */
  public List<SensorInfo> sensors() {
    return infos;
  }

  /** Their ids, in column order. */
  public List<String> ids() {
    return refs.stream().map(Ref::id).toList();
  }

  /** Their links' ids, in column order. */
  List<String> links() {
    return refs.stream().map(Ref::link).toList();
  }

  /** Free speed of each sensor's link [m/s], in column order. */
  double[] freeSpeeds() {
    return infos.stream().mapToDouble(SensorInfo::freeSpeed).toArray();
  }

  /** The {@link ScenarioFingerprint} of the network with these sensors. */
  public String fingerprint() {
    return fingerprint;
  }
}
