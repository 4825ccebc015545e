package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citysim.sim.incident.Closure;
import org.citysim.sim.incident.DetectionSpec;
import org.citysim.sim.incident.IncidentSpec;
import org.citysim.sim.incident.LogNormal;
import org.citysim.sim.incident.RandomIncidents;
import org.citysim.sim.incident.ResponseSpec;
import org.citysim.sim.incident.ScheduledIncident;
import org.citysim.sim.incident.Severity;

/**
 * The {@code incidents} section: random and scheduled incidents, planned closures, detection,
 * response (without a dispatcher) and drivers' compliance with rerouting advice. {@link #off()}
 * when a scenario has no such section: no incident model runs and nothing about incidents is
 * written. {@link #toIncidentSpec()} gives the library's {@link IncidentSpec}. Link ids are
 * checked against the network when it is built, since the network may come from a file.
 *
 * @param enabled           whether the incident model runs
 * @param basis             what the random rate is per
 * @param rate              random incidents per vehicle-km [1/veh-km] or per link-hour [1/h];
 *                          0 when the section has no {@code random}
 * @param exposurePeriod    for per-vehicle-km rates, how often the exposure is collected [s]
 * @param severities        the severity classes random and scheduled incidents use, by name
 *                          (the random ones draw among them by their shares)
 * @param scheduled         incidents at given times and links
 * @param closures          planned closures
 * @param cameras           links whose cameras detect incidents
 * @param cameraProbability chance that a camera detects an incident on its link [0..1]
 * @param cameraDelay       from occurrence to camera detection [s]
 * @param report            from occurrence to a report when no camera detects it [s]
 * @param responseDelay     from detection to responders on scene without a dispatcher [s]
 * @param compliance        chance that an informed driver reroutes [0..1]
 * @param dispatcher        "none" (responders on scene {@code responseDelay} after detection),
 *                          "nearest" or "jsprit" ({@link #DISPATCHERS})
 * @param units             response units and their depots (used with a dispatcher)
 * @param iterations        jsprit's search iterations per decision
 * @param needs             what incidents of a severity need; a severity without an entry
 *                          gets {@link #need}'s default
 * @param classifier        a learned incident classifier's model file (relative to the
 *                          scenario) that detects incidents from the sensors' readings, as well
 *                          as cameras and reports; empty for none
 * @param baseline          whether the run is repeated without incidents to measure the delay
 *                          they cause: "auto" (only when the run has at most {@link
 *                          #BASELINE_AUTO_MAX_TRIPS} trips), "on" or "off" ({@link #BASELINES})
 */
public record IncidentsSpec(
    boolean enabled,
    RandomIncidents.Basis basis,
    double rate,
    double exposurePeriod,
    List<Severity> severities,
    List<ScheduledSpec> scheduled,
    List<ClosureSpec> closures,
    List<LinkRef> cameras,
    double cameraProbability,
    double cameraDelay,
    LogNormal report,
    double responseDelay,
    double compliance,
    String dispatcher,
    List<UnitSpec> units,
    int iterations,
    List<NeedSpec> needs,
    String baseline,
    String classifier) {

  /** The values of {@link #baseline}; "auto" is the default. */
  public static final List<String> BASELINES = List.of("auto", "on", "off");
  /**
   * With {@code baseline: auto}, the most trips a run may have for the baseline run without
   * incidents to be made [trips]. The baseline is one more build and simulation (no folder, no
   * charts): measured 4.4 s for 49,962 trips on the 30 x 30 bench grid (2-core VM,
   * docs/incidents.md).
   */
  public static final int BASELINE_AUTO_MAX_TRIPS = 50_000;

  /** The dispatchers a scenario may name; "none" is the default. */
  public static final List<String> DISPATCHERS = List.of("none", "nearest", "jsprit");
  /** Default jsprit iterations per decision (the agents module's measured default). */
  public static final int DEFAULT_ITERATIONS = 256;
  /** Default time window of a need, from detection to the latest useful arrival [s]. */
  public static final double DEFAULT_WINDOW = 3600;

  /**
   * Default random rate per vehicle-km [1/veh-km]: 2 incidents per million vehicle-km (our
   * assumption, of the order of reported urban crash rates plus breakdowns).
   */
  public static final double DEFAULT_RATE_PER_VEH_KM = 2e-6;
  /** Default random rate per link-hour [1/h] (our assumption). */
  public static final double DEFAULT_RATE_PER_LINK_HOUR = 0.001;
  /** Default exposure collection period of per-vehicle-km incidents [s]. */
  public static final double DEFAULT_EXPOSURE_PERIOD = 60;

  public IncidentsSpec {
    severities = List.copyOf(severities);
    new RandomIncidents(basis, rate, severities, exposurePeriod); // checks
    scheduled = List.copyOf(scheduled);
    closures = List.copyOf(closures);
    cameras = List.copyOf(cameras);
    Objects.requireNonNull(report, "report");
    new DetectionSpec(cameras.stream().map(LinkRef::id).toList(), cameraProbability,
        cameraDelay, report); // checks
    new ResponseSpec(false, responseDelay);
    if (!(compliance >= 0 && compliance <= 1)) {
      throw new IllegalArgumentException("compliance must be in [0, 1], got " + compliance);
    }
    Objects.requireNonNull(dispatcher, "dispatcher");
    if (!DISPATCHERS.contains(dispatcher)) {
      throw new IllegalArgumentException("unknown dispatcher '" + dispatcher + "'");
    }
    units = List.copyOf(units);
    needs = resolveNeeds(needs, severities);
    if (!"none".equals(dispatcher) && units.isEmpty()) {
      throw new IllegalArgumentException("dispatcher '" + dispatcher + "' needs units");
    }
    Objects.requireNonNull(baseline, "baseline");
    if (!BASELINES.contains(baseline)) {
      throw new IllegalArgumentException("unknown baseline '" + baseline + "'");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    for (ScheduledSpec s : scheduled) {
      if (severities.stream().noneMatch(v -> v.name().equals(s.severity()))) {
        throw new IllegalArgumentException("no severity '" + s.severity() + "'");
      }
    }
  }

  /** No incident model. */
  public static IncidentsSpec off() {
    IncidentsSpec d = defaults();
    return new IncidentsSpec(false, d.basis, d.rate, d.exposurePeriod, d.severities, d.scheduled, d.closures, d.cameras,
        d.cameraProbability, d.cameraDelay, d.report, d.responseDelay, d.compliance,
        d.dispatcher, d.units, d.iterations, d.needs, d.baseline, d.classifier);
  }

  /**
   * The defaults an {@code incidents} section starts from: no random or scheduled incidents and
   * no closures; {@link #defaultSeverities()}; detection, response and compliance as the
   * library's {@link DetectionSpec#defaults()}, {@link ResponseSpec#defaults()} and
   * {@link IncidentSpec#none()}.
   */
  public static IncidentsSpec defaults() {
    DetectionSpec d = DetectionSpec.defaults();
    IncidentSpec none = IncidentSpec.none();
    return new IncidentsSpec(true, RandomIncidents.Basis.PER_VEHICLE_KM, 0,
        DEFAULT_EXPOSURE_PERIOD, defaultSeverities(), List.of(),
        List.of(), List.of(), d.cameraProbability(), d.cameraDelay(), d.report(),
        ResponseSpec.defaults().responseDelay(), none.compliance(), "none", List.of(),
        DEFAULT_ITERATIONS, List.of(), "auto", "");
  }

  /**
   * Whether a run of this section with {@code trips} trips is repeated without incidents (see
   * {@link #baseline}); never when the section is off.
   *
   * @param trips the run's trips [trips]
   */
  public boolean wantsBaseline(int trips) {
    return enabled && ("on".equals(baseline)
        || "auto".equals(baseline) && trips <= BASELINE_AUTO_MAX_TRIPS);
  }

  /** Whether units are dispatched (a dispatcher other than "none"). */
  public boolean dispatching() {
    return !"none".equals(dispatcher);
  }

  /**
   * What incidents of severity {@code name} need: its entry in {@link #needs}, else our
   * assumption: a severity that closes its link (or is named "major") needs an ambulance, a tow
   * truck and the police, priority 1; any other (such as "minor") needs the police, priority 3;
   * both within {@link #DEFAULT_WINDOW}.
   */
  public NeedSpec need(String name) {
    return need(needs, name, severity(name));
  }

  /** One entry per severity, in their order: the given one, else the default of {@link #need}. */
  private static List<NeedSpec> resolveNeeds(List<NeedSpec> given, List<Severity> severities) {
    List<NeedSpec> out = new ArrayList<>();
    for (Severity s : severities) {
      out.add(need(given, s.name(), s));
    }
    return List.copyOf(out);
  }

  private static NeedSpec need(List<NeedSpec> given, String name, Severity s) {
    for (NeedSpec n : given) {
      if (n.severity().equals(name)) {
        return n;
      }
    }
    boolean major = "major".equals(name)
        || s != null && s.lanesBlocked() == Closure.ALL_LANES;
    return major ? new NeedSpec(name, List.of("ambulance", "tow", "police"), 1, DEFAULT_WINDOW)
        : new NeedSpec(name, List.of("police"), 3, DEFAULT_WINDOW);
  }

  /**
   * Our assumptions, after the MUTCD (chapter 6I) duration classes of traffic incidents (minor:
   * under 30 min; major: over 2 h): "minor", 0.8 of random incidents, blocks one lane and slows
   * traffic past it to 0.7 of capacity per open lane (HCM), cleared in a mean 15 min (sd 10),
   * all clear 5 min later; "major", 0.2, closes the link, cleared in a mean 45 min (sd 30), all
   * clear 15 min later.
   */
  public static List<Severity> defaultSeverities() {
    return List.of(new Severity("minor", 0.8, 1, 0.7, new LogNormal(900, 600), 300),
        Severity.closing("major", 0.2, new LogNormal(2700, 1800), 900));
  }

  /** The severity named {@code name}, or null. */
  public Severity severity(String name) {
    for (Severity s : severities) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The library's spec: without a dispatcher responders are on scene {@link #responseDelay} after
   * detection; with one, when its units arrive.
   */
  public IncidentSpec toIncidentSpec() {
    RandomIncidents r = new RandomIncidents(basis, rate, severities, exposurePeriod);
    List<ScheduledIncident> s = new ArrayList<>();
    for (ScheduledSpec x : scheduled) {
      s.add(new ScheduledIncident(x.link().id(), x.at(), severity(x.severity())));
    }
    List<Closure> c = new ArrayList<>();
    for (ClosureSpec x : closures) {
      c.add(new Closure(x.link().id(), x.from(), x.to(), x.lanes()));
    }
    return new IncidentSpec(r, s, c, new DetectionSpec(cameras.stream().map(LinkRef::id).toList(),
        cameraProbability, cameraDelay, report), new ResponseSpec(dispatching(), responseDelay),
        compliance);
  }

  /** Every link reference of the section with its field path, for checks against a network. */
  public List<Named> linkRefs() {
    List<Named> out = new ArrayList<>();
    for (int i = 0; i < scheduled.size(); i++) {
      out.add(new Named("incidents.scheduled[" + i + "].link", scheduled.get(i).link()));
    }
    for (int i = 0; i < closures.size(); i++) {
      out.add(new Named("incidents.closures[" + i + "].link", closures.get(i).link()));
    }
    for (int i = 0; i < cameras.size(); i++) {
      out.add(new Named("incidents.detection.cameras[" + i + "]", cameras.get(i)));
    }
    return out;
  }

  /** Every depot node reference of the section with its field path. */
  public List<Named> nodeRefs() {
    List<Named> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      out.add(new Named("incidents.response.units[" + i + "].depot", units.get(i).depot()));
    }
    return out;
  }

  /**
   * Response units of one kind at one depot.
   *
   * @param kind  one of {@link org.citysim.sim.incident.DispatchRequest#KINDS}
   * @param depot node id where they start, with where it was written
   * @param count how many, at least 1
   */
  public record UnitSpec(String kind, LinkRef depot, int count) {
    public UnitSpec {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(depot, "depot");
      if (!org.citysim.sim.incident.DispatchRequest.KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown unit kind '" + kind + "'");
      }
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1, got " + count);
      }
    }
  }

  /**
   * What incidents of one severity need from the dispatcher.
   *
   * @param severity severity name
   * @param kinds    unit kinds needed, one unit each, not empty, no repeats
   * @param priority 1 (most urgent) to 3
   * @param window   from detection to the latest useful arrival [s]; a unit that cannot arrive
   *                 by then is not sent
   */
  public record NeedSpec(String severity, List<String> kinds, int priority, double window) {
    public NeedSpec {
      Objects.requireNonNull(severity, "severity");
      kinds = List.copyOf(kinds);
      if (kinds.isEmpty() || kinds.stream().distinct().count() != kinds.size()) {
        throw new IllegalArgumentException("kinds must be non-empty and distinct: " + kinds);
      }
      if (priority < 1 || priority > 3) {
        throw new IllegalArgumentException("priority must be 1..3, got " + priority);
      }
      if (!(window > 0) || Double.isInfinite(window)) {
        throw new IllegalArgumentException("window must be > 0, got " + window);
      }
    }
  }

  /**
   * A link reference with its field path.
   *
   * @param field field path in the scenario
   * @param ref   the reference
   */
  public record Named(String field, LinkRef ref) {}

  /**
   * A link id as written in the scenario, with where it was written (for errors found once the
   * network is built); where it was written is not part of its value.
   *
   * @param id     link id
   * @param line   line in the scenario file (0 if none)
   * @param column column (0 if none)
   */
  public record LinkRef(String id, int line, int column) {
    public LinkRef {
      Objects.requireNonNull(id, "id");
    }

    /** A reference written nowhere. */
    public static LinkRef of(String id) {
      return new LinkRef(id, 0, 0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LinkRef r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /**
   * A scheduled incident.
   *
   * @param link     where
   * @param at       when it occurs [s since midnight]
   * @param severity name of its severity class
   */
  public record ScheduledSpec(LinkRef link, double at, String severity) {
    public ScheduledSpec {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(severity, "severity");
    }
  }

  /**
   * A planned closure.
   *
   * @param link  where
   * @param from  start [s since midnight]
   * @param to    end [s since midnight], after the start; infinite for the rest of the run
   * @param lanes lanes closed; {@link Closure#ALL_LANES} for all
   */
  public record ClosureSpec(LinkRef link, double from, double to, int lanes) {
    public ClosureSpec {
      Objects.requireNonNull(link, "link");
      new Closure(link.id(), from, to, lanes); // checks
    }
  }
}
