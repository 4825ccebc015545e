package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.agent.AgentRegistry;
import org.citysim.sim.build.BuiltNetwork;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.PeriodicProcess;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.metrics.ControlKpis;
import org.citysim.sim.metrics.IncidentKpis;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.JunctionCollector;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.KpiCalculator;
import org.citysim.sim.metrics.LinkStatsCollector;
import org.citysim.sim.metrics.NetworkDelayCollector;
import org.citysim.sim.metrics.NetworkSampler;
import org.citysim.sim.metrics.PollutionKpis;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TripCollector;
import org.citysim.sim.metrics.TripRecord;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.metrics.CameraKpis;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.sensor.SensorHub;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorOutputs;
import org.citysim.sim.signal.SignalState;
import org.citysim.sim.traffic.QueueTrafficModel;

/** A wired, ready-to-run simulation. Run it once. */
public final class Simulation {
  private static final long CHUNK = 500_000;

  private final Scenario scenario;
  private final String resolvedYaml;
  private final BuiltNetwork network;
  private final TripTable trips;
  private final List<String> warnings;
  private final Kernel kernel;
  private final QueueTrafficModel model;
  private final TripCollector tripCollector;
  private final LinkStatsCollector linkStats;
  private final NetworkSampler sampler;
  private final JunctionCollector junctions;
  private final NetworkDelayCollector delay;
  private final AgentRuntime agents;
  private final ForecastFeeds feeds;
  private final SensorHub sensors;
  private final PollutionRuntime pollution;
  private final IncidentsRuntime incidents;
  private boolean ran;

  Simulation(Scenario scenario, String resolvedYaml, BuiltNetwork network, TripTable trips,
      RandomStreams streams, List<String> warnings, AgentRegistry registry, Path source)
      throws ScenarioException {
    this.scenario = scenario;
    this.resolvedYaml = resolvedYaml;
    this.network = network;
    this.trips = trips;
    this.warnings = List.copyOf(warnings);
    this.kernel = new Kernel(scenario.simulation().start(), scenario.simulation().end(), streams);
    this.tripCollector = new TripCollector(kernel.bus(), trips, network.network());
    this.delay = new NetworkDelayCollector(kernel.bus(), network.network(), trips.size());
    SignalState signals = new SignalState(network.network(), network.signals());
    this.model = new QueueTrafficModel(kernel, network.network(), signals, trips,
        scenario.traffic());
    for (int i = 0; i < trips.size(); i++) {
      if (trips.routeOnEntry(i)) {
        model.setEntryRouting(new CurrentTravelTimeRouting(network.network(), model, trips));
        break;
      }
    }
    this.linkStats = new LinkStatsCollector(kernel, model, network.network(),
        scenario.outputs().linkInterval());
    this.sampler = new NetworkSampler(kernel, model, scenario.outputs().sampleInterval());
    this.junctions = new JunctionCollector(kernel, model, network.network(), signals,
        scenario.outputs().sampleInterval(), JunctionCollector.STOP_DELAY);
    this.sensors = new SensorHub(kernel, network.network(), model, scenario.sensors());
    placeCameras(scenario.sensors().cameras(), network.network(), source);
    this.pollution = scenario.pollution().enabled()
        ? new PollutionRuntime(kernel, network.network(), trips, scenario.pollution(),
            scenario.outputs().linkInterval(), source)
        : null;
    this.feeds = new ForecastFeeds(kernel, network.network(), sensors, scenario.sensors());
    this.incidents = scenario.incidents().enabled()
        ? new IncidentsRuntime(kernel, network.network(), model, scenario.incidents(), source,
            feeds)
        : null;
    this.agents = new AgentRuntime(kernel, network.network(), signals, sensors, feeds);
    if (!scenario.agents().isEmpty()) {
      agents.create(scenario.agents(), registry, source);
    }
  }

  /** Runs to the end time (or until nothing is left) and collects the result. */
  public RunResult run(ProgressListener progress) {
    if (ran) {
      throw new IllegalStateException("a simulation runs once");
    }
    ran = true;
    double start = kernel.startTime();
    double end = kernel.endTime();
    while (kernel.run(CHUNK) == EndReason.EVENT_LIMIT) {
      progress.progress(kernel.now(), start, end);
    }
    progress.progress(end, start, end);
    List<TripRecord> records = tripCollector.records();
    SensorOutputs cameras = sensors.outputs();
    JunctionOutputs junctionOutputs = junctions.outputs();
    PollutionOutputs air = pollution == null ? PollutionOutputs.none() : pollution.outputs();
    IncidentOutputs incidentOutputs = incidents == null ? IncidentOutputs.none()
        : incidents.outputs();
    return new RunResult(scenario.name(), scenario.description(), scenario.simulation().seed(),
        scenario.simulation().replication(), start, end, resolvedYaml,
        IncidentKpis.addTo(PollutionKpis.addTo(CameraKpis.addTo(ControlKpis.addTo(KpiCalculator.of(records),
            delay.result(end), junctionOutputs), cameras), air), incidentOutputs),
        records, linkStats.stats(), sampler.series(), linkStats.geometry(), warnings,
        agents.outputs(), cameras, junctionOutputs, air, incidentOutputs);
  }

  /** The cameras of {@code sensors.cameras}, watching from the start. */
  private void placeCameras(List<String> links, RoadNetwork net, Path source)
      throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      String id = links.get(i);
      if (net.linkIndex(id) < 0) {
        List<String> ids = new ArrayList<>();
        for (int l = 0; l < net.linkCount(); l++) {
          ids.add(net.link(l).id().value());
        }
        String guess = Suggest.closest(id, ids);
        problems.add(new Problem(source, 0, 0, "sensors.cameras[" + i + "]",
            "no link '" + id + "' in the network", guess == null
                ? "cameras watch links: give a link id of the network"
                : "did you mean '" + guess + "'?"));
        continue;
      }
      sensors.approach(id, SensorKind.CAMERA);
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  /**
   * The run's sensors: the scenario's cameras and those its agents asked for are made by the
   * time the simulation is built; more can be asked for before {@link #run}.
   */
  public SensorHub sensors() {
    return sensors;
  }

  /**
   * Runs {@code process} at {@code first}, {@code first + period}, ... [s] up to the end time,
   * after everything else at each of those instants (vehicles moved, sensor intervals closed),
   * for observers outside the model such as data set builders. Call before {@link #run}.
   */
  public void observe(double first, double period, PeriodicProcess process) {
    if (ran) {
      throw new IllegalStateException("observe before the run");
    }
    kernel.every(first, period, Priorities.OBSERVE, process);
  }

  /** Kernel events processed so far. */
  public long eventsProcessed() {
    return kernel.eventsProcessed();
  }

  /** Vehicle-link traversals so far. */
  public long linkTraversals() {
    return model.traversals();
  }

  /** Wall time spent in the pollution model so far [s]; 0 without one. */
  public double pollutionSeconds() {
    return pollution == null ? 0 : pollution.seconds();
  }

  /** Wall time spent in learned models' inference so far [s]; 0 without models. */
  public double modelSeconds() {
    return feeds.inferenceSeconds();
  }

  /** Number of trips. */
  public int tripCount() {
    return trips.size();
  }

  /** The network simulated. */
  public BuiltNetwork network() {
    return network;
  }
}
