package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.incident.Incident;
import org.citysim.sim.incident.Incidents;
import org.citysim.sim.incident.ResponseDispatchers;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.IncidentsSpec;
import org.citysim.sim.scenario.IncidentsSpec.Named;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * The {@code incidents} section of a run: checks its links against the network, wires {@link
 * Incidents} onto the kernel and the traffic model, with a {@link DispatchRuntime} when the
 * section names a dispatcher (without one, responders are on scene the response delay after
 * detection), and collects {@link IncidentOutputs} at the end.
 */
final class IncidentsRuntime {
  private final RoadNetwork net;
  private final QueueTrafficModel model;
  private final IncidentsSpec spec;
  private final Incidents incidents;
  /** The unit dispatch, or null without a dispatcher. */
  private final DispatchRuntime dispatch;
  /** Sensor slots the classifier flagged, and those with nothing blocking; -1 without one. */
  private int alarms = -1;
  private int falseAlarms;

  /**
   * @throws ScenarioException when a link or depot node of the section is not in the network,
   *                           located at where it was written, with a did-you-mean
   */
  IncidentsRuntime(Kernel kernel, RoadNetwork net, QueueTrafficModel model, IncidentsSpec spec,
      Path source, ForecastFeeds feeds) throws ScenarioException {
    this.net = net;
    this.model = model;
    this.spec = spec;
    checkLinks(net, spec, source);
    checkDepots(net, spec, source);
    this.incidents = new Incidents(kernel, net, model, spec.toIncidentSpec());
    this.dispatch = spec.dispatching()
        ? new DispatchRuntime(kernel, net, model, incidents.log(), spec,
            ResponseDispatchers.create(spec.dispatcher(),
                kernel.random().stream("incidents:dispatch"), spec.iterations()))
        : null;
    if (!spec.classifier().isEmpty()) {
      Path base = source == null || source.toAbsolutePath().getParent() == null ? Path.of("")
          : source.toAbsolutePath().getParent();
      alarms = 0;
      try {
        feeds.classify(base.resolve(spec.classifier()), l -> {
          alarms++;
          if (!incidents.blockedNow(l)) {
            falseAlarms++;
          }
          incidents.classifierFlags(l);
        });
      } catch (IllegalArgumentException e) {
        throw new ScenarioException(List.of(new Problem(source, 0, 0,
            "incidents.detection.classifier", e.getMessage(),
            "train one on this scenario: citysim train classifier --scenario FILE")));
      }
    }
  }

  private static void checkDepots(RoadNetwork net, IncidentsSpec spec, Path source)
      throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<String> ids = null;
    for (Named n : spec.nodeRefs()) {
      String id = n.ref().id();
      if (net.nodeIndex(id) >= 0) {
        continue;
      }
      if (ids == null) {
        ids = new ArrayList<>(net.nodeCount());
        for (int i = 0; i < net.nodeCount(); i++) {
          ids.add(net.node(i).id().value());
        }
      }
      String guess = Suggest.closest(id, ids);
      problems.add(new Problem(source, n.ref().line(), n.ref().column(), n.field(),
          "no node '" + id + "' in the network", guess == null
              ? "give a node id of the network (grid nodes are named like r1c1)"
              : "did you mean '" + guess + "'?"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  private static void checkLinks(RoadNetwork net, IncidentsSpec spec, Path source)
      throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<String> ids = null;
    for (Named n : spec.linkRefs()) {
      String id = n.ref().id();
      if (net.linkIndex(id) >= 0) {
        continue;
      }
      if (ids == null) {
        ids = new ArrayList<>(net.linkCount());
        for (int l = 0; l < net.linkCount(); l++) {
          ids.add(net.link(l).id().value());
        }
      }
      String guess = Suggest.closest(id, ids);
      problems.add(new Problem(source, n.ref().line(), n.ref().column(), n.field(),
          "no link '" + id + "' in the network", guess == null
              ? "give a link id of the network (grid links are named like r1c1-r1c2)"
              : "did you mean '" + guess + "'?"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  /** The incidents so far, their timelines and what drivers did. */
  IncidentOutputs outputs() {
    List<IncidentRecord> out = new ArrayList<>();
    for (Incident i : incidents.log().incidents()) {
      int lanes = net.lanes(i.link());
      int blocked = Math.min(i.severity().lanesBlocked(), lanes);
      String by = i.detectedBy();
      out.add(new IncidentRecord(i.id(), i.linkId(), i.severity().name(), i.scheduled(), by,
          blocked, blocked >= lanes, i.clearance(), i.occurred(), i.detected(), i.dispatched(),
          i.onScene(), i.lanesCleared(), i.allClear(),
          dispatch == null ? "" : dispatch.unitsOf(i.id())));
    }
    return new IncidentOutputs(true, out, spec.closures().size(),
        incidents.rerouting().informed(), incidents.rerouting().rerouted(),
        model.vehiclesHeldByClosures(), spec.dispatcher(),
        dispatch == null ? 0 : dispatch.unserved(),
        dispatch == null ? List.of() : dispatch.routes(),
        alarms < 0 ? null : new IncidentOutputs.ClassifierStats(alarms, falseAlarms));
  }
}
