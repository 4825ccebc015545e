package org.citysim.sim.imports.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import org.citysim.sim.imports.sumo.SumoRawDemand.Pending;
import org.citysim.sim.imports.sumo.SumoRawDemand.RawDistribution;
import org.citysim.sim.imports.sumo.SumoRawDemand.RawType;
import org.citysim.sim.imports.sumo.SumoRawDemand.Ref;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Reads SUMO route files ({@code .rou.xml}, also gzipped {@code .rou.xml.gz}) and additional files
 * holding vehicle types into a {@link SumoDemand}.
 *
 * <p>What is read (SUMO's format:
 * https://sumo.dlr.de/docs/Definition_of_Vehicles,_Vehicle_Types,_and_Routes.html):
 * <ul>
 *   <li>{@code <vType id vClass length minGap maxSpeed probability emissionClass>}, at top level
 *       or inside {@code <vTypeDistribution id [vTypes probabilities]>}; missing values take
 *       SUMO's defaults for the class ({@link SumoVTypeDefaults}); {@code emissionClass} is kept
 *       as written (null when absent) for the emission model. Types and distributions may be
 *       defined in any file, before or after use. A vehicle without {@code type} uses
 *       {@code DEFAULT_VEHTYPE} (a passenger car unless the files redefine it);
 *   <li>{@code <route id edges>} at top level, used by {@code route="id"}; routes are checked
 *       against the network with {@code edgeExists} where defined;
 *   <li>{@code <vehicle id depart [type] (route="id" | edges | nested <route edges>)>};
 *   <li>{@code <trip id depart from to>}: {@code via} is ignored (with a warning);
 *   <li>{@code <flow id [begin] [end] (vehsPerHour | period | probability | number) ...>} with the
 *       same ways to give a route as vehicle and trip, expanded into vehicles {@code id.0, id.1,
 *       ...} as documented on {@link SumoFlows}; probability flows draw from the given stream in
 *       file order, so the same files and seed give the same departures.
 * </ul>
 * Times are seconds or {@code [d:]hh:mm:ss}. {@code depart="triggered"} and
 * {@code "containerTriggered"} are problems (no persons or containers here).
 *
 * <p>Everything else (attributes such as departLane, departPos, departSpeed, color; elements such
 * as person, container, stop, param, routeDistribution) is skipped and reported once per name with
 * a count in {@link SumoDemand#warnings()}, as are the vehicles departing before {@code begin} or
 * after {@code end}.
 *
 * <p>Problems (missing file, malformed XML, missing required attribute, non-numeric number,
 * unknown edge, route or type, flow without exactly one rate, duplicate id) are collected over all
 * files with file and line, and thrown together as one {@link ScenarioException} (the first
 * {@value SumoReadLog#MAX_PROBLEMS} in full). The XML parser is StAX with DTDs and external
 * entities disabled.
 */
public final class SumoRouteReader {
  private final Predicate<String> edgeExists;
  private final RandomStream rnd;

  /**
   * @param edgeExists whether the network has an edge with this SUMO id
   * @param rnd        stream for probability flows (e.g. {@code streams.stream("sumo-flows")})
   */
  public SumoRouteReader(Predicate<String> edgeExists, RandomStream rnd) {
    this.edgeExists = Objects.requireNonNull(edgeExists, "edgeExists");
    this.rnd = Objects.requireNonNull(rnd, "rnd");
  }

  /**
   * Reads route files and additional files with vTypes (e.g. {@code pasubio_vtypes.add.xml}), in
   * order.
   *
   * @param files route and additional files
   * @param begin first departure kept [s]
   * @param end   last departure kept [s] (inclusive)
   * @throws ScenarioException with every problem found, each with file and line
   */
  public SumoDemand read(List<Path> files, double begin, double end) throws ScenarioException {
    return parse(files, begin, end, rnd).resolve(edgeExists);
  }

  /**
   * The first half of {@link #read}: reads the files without the network, so that it can run
   * while the network is still being read. Never throws for bad input: problems are kept and
   * thrown by {@link Parsed#resolve}, together with those found there.
   *
   * @param rnd stream for probability flows, used only by this call
   */
  public static Parsed parse(List<Path> files, double begin, double end, RandomStream rnd) {
    if (!(begin <= end)) {
      throw new IllegalArgumentException("begin " + begin + " after end " + end);
    }
    SumoReadLog log = new SumoReadLog();
    SumoRawDemand raw = new SumoRawDemand();
    XMLInputFactory factory = SafeXml.factory();
    SumoVehicleElements vehicles = new SumoVehicleElements(raw, log, rnd, begin, end);
    SumoRouteFileParser parser = new SumoRouteFileParser(factory, raw, log, vehicles);
    for (Path f : files) {
      parser.parse(f);
    }
    return new Parsed(List.copyOf(files), begin, end, raw, log);
  }

  /** Route files as read by {@link #parse}, not yet checked against a network. */
  public static final class Parsed {
    private final List<Path> files;
    private final double begin;
    private final double end;
    private final SumoRawDemand raw;
    private final SumoReadLog log;

    private Parsed(List<Path> files, double begin, double end, SumoRawDemand raw,
        SumoReadLog log) {
      this.files = files;
      this.begin = begin;
      this.end = end;
      this.raw = raw;
      this.log = log;
    }

    /**
     * Checks edges, types and route ids and returns the demand, departures sorted (stable).
     * Call once.
     *
     * @param edgeExists whether the network has an edge with this SUMO id
     * @throws ScenarioException with every problem of reading and checking, in file order
     */
    public SumoDemand resolve(Predicate<String> edgeExists) throws ScenarioException {
      raw.checkEdges(edgeExists, log);
      Map<String, List<SumoVehicleType>> types = types(raw, log);
      for (Ref t : raw.typeRefs) {
        if (!types.containsKey(t.id())) {
          log.problem(t.loc(), "type", "unknown vType '" + t.id() + "'",
              "define it with <vType id=\"" + t.id() + "\"/> in one of the files");
        }
      }
      for (Ref r : raw.routeRefs) {
        if (!raw.routes.containsKey(r.id())) {
          log.problem(r.loc(), "route", "unknown route id '" + r.id() + "'",
              "define it with <route id=\"" + r.id() + "\" edges=\"..\"/> in one of the files");
        }
      }
      log.throwIfProblems(files);
      List<SumoDemandVehicle> out = new ArrayList<>(raw.vehicles.size());
      for (Pending p : raw.vehicles) {
        List<String> edges = p.routeRef() != null ? raw.routes.get(p.routeRef()) : p.edges();
        out.add(new SumoDemandVehicle(p.id(), p.type(), p.depart(), edges, p.from(), p.to()));
      }
      out.sort(Comparator.comparingDouble(SumoDemandVehicle::depart)); // stable
      if (raw.droppedBefore + raw.droppedAfter > 0) {
        log.note("dropped " + (raw.droppedBefore + raw.droppedAfter) + " vehicles departing"
            + " outside [" + begin + ", " + end + "] s");
      }
      return new SumoDemand(out, types, log.warnings());
    }
  }

  private static Map<String, List<SumoVehicleType>> types(SumoRawDemand raw, SumoReadLog log) {
    Map<String, SumoVehicleType> byId = new LinkedHashMap<>();
    Map<String, RawType> rawById = new LinkedHashMap<>();
    Map<String, List<SumoVehicleType>> out = new LinkedHashMap<>();
    for (RawType t : raw.types) {
      if (rawById.containsKey(t.id()) || raw.distributions.containsKey(t.id())) {
        log.problem(t.loc(), "vType.id", "duplicate vType id '" + t.id() + "'",
            "ids of vTypes and vTypeDistributions must be unique over all files");
        continue;
      }
      String c = t.vClass();
      SumoVehicleType v = new SumoVehicleType(t.id(), c,
          t.length() != null ? t.length() : SumoVTypeDefaults.length(c),
          t.minGap() != null ? t.minGap() : SumoVTypeDefaults.minGap(c),
          t.maxSpeed() != null ? t.maxSpeed() : SumoVTypeDefaults.maxSpeed(c),
          t.distribution() == null ? 1 : t.probability() != null ? t.probability() : 1,
          t.emissionClass() == null || t.emissionClass().isBlank() ? null
              : t.emissionClass().trim());
      rawById.put(t.id(), t);
      byId.put(t.id(), v);
      out.put(t.id(), List.of(v.withProbability(1)));
    }
    for (RawDistribution d : raw.distributions.values()) {
      List<SumoVehicleType> members = new ArrayList<>();
      for (SumoVehicleType v : byId.values()) {
        if (d.id().equals(rawById.get(v.id()).distribution())) {
          members.add(v);
        }
      }
      for (int i = 0; i < d.refs().size(); i++) {
        String ref = d.refs().get(i);
        SumoVehicleType v = byId.get(ref);
        if (v == null) {
          log.problem(d.loc(), "vTypeDistribution.vTypes", "unknown vType '" + ref + "'", "");
          continue;
        }
        RawType rt = rawById.get(ref);
        double p = i < d.probabilities().size() ? d.probabilities().get(i)
            : rt.probability() != null ? rt.probability() : 1;
        members.add(v.withProbability(p));
      }
      if (members.isEmpty()) {
        log.problem(d.loc(), "vTypeDistribution", "vTypeDistribution '" + d.id()
            + "' has no vTypes", "nest <vType> elements or list them in vTypes=\"..\"");
      }
      out.put(d.id(), members);
    }
    out.putIfAbsent(SumoVTypeDefaults.DEFAULT_VEHTYPE, List.of(SumoVTypeDefaults.defaultType()));
    return out;
  }
}
