package org.citysim.sim.incident;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Incidents and closures on one run, wired onto its kernel and traffic model. Make it after the
 * model and before the run. An incident blocks its link's lanes from when it occurs; once
 * detected, drivers are informed ({@link Rerouting}) and, without a dispatcher, responders are
 * on scene {@link ResponseSpec#responseDelay} later (with one, when it says so through {@link
 * IncidentLog#onScene}); the lanes clear after the incident's clearance time, drawn from its
 * severity when it occurs (stream {@code incidents:clearance}), and all clear follows after the
 * severity's delay. Closures block their lanes from start to end and inform drivers at once.
 *
 * <p>Streams: {@code incidents} (random occurrences), {@code incidents:clearance}, {@code
 * incidents:detection} and {@code incidents:compliance}; each is used in event order only, so
 * the same seed gives the same incidents and outcomes.
 */
public final class Incidents {
  private final Kernel kernel;
  private final RoadNetwork net;
  private final IncidentSpec spec;
  private final IncidentLog log;
  private final LinkBlockages blockages;
  private final IncidentDetection detection;
  private final Rerouting rerouting;
  private final IncidentProcess process;
  private final RandomStream clearance;
  private final List<double[]> handles = new ArrayList<>();

  /**
   * @param kernel the run's kernel
   * @param net    its network
   * @param model  its traffic model
   * @param spec   incidents, closures, detection, response and compliance
   * @throws IllegalArgumentException when a link id of the spec is not in the network
   */
  public Incidents(Kernel kernel, RoadNetwork net, QueueTrafficModel model, IncidentSpec spec) {
    this.kernel = kernel;
    this.net = net;
    this.spec = spec;
    this.log = new IncidentLog(kernel, net);
    this.blockages = new LinkBlockages(model, net.linkCount());
    this.detection = new IncidentDetection(net, spec.detection(),
        kernel.random().stream("incidents:detection"));
    this.clearance = kernel.random().stream("incidents:clearance");
    this.rerouting = new Rerouting(kernel, net, model, spec.compliance());
    kernel.bus().subscribe(IncidentEvent.class, this::onEvent);
    for (Closure c : spec.closures()) {
      scheduleClosure(c);
    }
    this.process = new IncidentProcess(kernel, net, model, spec.random(), spec.scheduled(),
        this::occur);
  }

  private void scheduleClosure(Closure c) {
    int l = net.linkIndex(c.link());
    if (l < 0) {
      throw new IllegalArgumentException("closure of '" + c.link() + "': no such link");
    }
    if (c.to() < kernel.now() || c.from() > kernel.endTime()) {
      return;
    }
    double open = c.openFraction(net.lanes(l));
    double[][] handle = new double[1][];
    kernel.schedule(Math.max(c.from(), kernel.now()), Priorities.CONTROL, () -> {
      handle[0] = blockages.block(l, open);
      rerouting.inform(l);
    });
    if (c.to() <= kernel.endTime()) {
      kernel.schedule(c.to(), Priorities.CONTROL, () -> {
        blockages.lift(l, handle[0]);
        rerouting.cleared(l);
      });
    }
  }

  private void occur(int l, Severity severity, boolean scheduled) {
    int id = log.occurred(l, severity, scheduled, severity.clearance().draw(clearance));
    handles.add(blockages.block(l, severity.openFraction(net.lanes(l))));
    IncidentDetection.Outcome d = detection.detect(l);
    schedule(kernel.now() + d.delay(), () -> {
      if (!log.isDetected(id)) { // unless the classifier was first
        log.detected(id, d.byCamera() ? "camera" : "report");
      }
    });
  }

  private void onEvent(IncidentEvent e) {
    int id = e.incident();
    switch (e.phase()) {
      case DETECTED -> {
        rerouting.inform(e.link());
        if (!spec.response().dispatcher()) {
          schedule(e.time() + spec.response().responseDelay(),
              () -> log.onScene(id, kernel.now()));
        }
      }
      case ON_SCENE -> schedule(e.time() + log.clearance(id), () -> {
        blockages.lift(e.link(), handles.get(id));
        rerouting.cleared(e.link()); // on scene implies detected, which informed drivers
        log.lanesCleared(id);
      });
      case LANES_CLEARED -> schedule(e.time() + log.severity(id).allClearDelay(),
          () -> log.allClear(id));
      default -> { }
    }
  }

  /** Runs {@code action} at {@code t} if that is within the run. */
  private void schedule(double t, Runnable action) {
    if (t <= kernel.endTime()) {
      kernel.schedule(t, Priorities.CONTROL, action);
    }
  }

  /**
   * A classifier flags link {@code l} as blocked now: every incident on it that blocks lanes and
   * is not detected yet is detected now, by "classifier".
   *
   * @return how many incidents that detected; 0 is a false alarm unless an earlier flag or
   *     another detector already found the incident (see {@link #blockedNow})
   */
  public int classifierFlags(int l) {
    int n = 0;
    for (int id = 0; id < log.size(); id++) {
      Incident i = log.incident(id);
      if (i.link() == l && Double.isNaN(i.lanesCleared()) && !log.isDetected(id)) {
        log.detected(id, "classifier");
        n++;
      }
    }
    return n;
  }

  /** Whether an incident or closure blocks lanes of link {@code l} now. */
  public boolean blockedNow(int l) {
    return blockages.blocked(l);
  }

  /** The timeline of every incident, and the dispatcher API. */
  public IncidentLog log() {
    return log;
  }

  /** Rerouting of informed drivers. */
  public Rerouting rerouting() {
    return rerouting;
  }

  /** The process that makes incidents occur. */
  public IncidentProcess process() {
    return process;
  }
}
