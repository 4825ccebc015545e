package org.citysim.sim.imports.sumo;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.citysim.sim.imports.sumo.SumoRawDemand.Pending;
import org.citysim.sim.imports.sumo.SumoRawDemand.Ref;
import org.citysim.sim.random.RandomStream;

/**
 * Reads {@code <vehicle>}, {@code <trip>} and {@code <flow>} elements into pending vehicles,
 * expanding flows with {@link SumoFlows} and dropping vehicles outside the read window.
 */
final class SumoVehicleElements {
  private static final String[] RATES = {"vehsPerHour", "period", "probability", "number"};

  private final SumoRawDemand out;
  private final SumoReadLog log;
  private final RandomStream rnd;
  private final double from;
  private final double to;

  /** A vehicle's way through the network: one of a route id, edges, or from and to. */
  private record Way(String routeRef, List<String> edges, String from, String to) {}

  SumoVehicleElements(SumoRawDemand out, SumoReadLog log, RandomStream rnd, double from,
      double to) {
    this.out = out;
    this.log = log;
    this.rnd = rnd;
    this.from = from;
    this.to = to;
  }

  /** Reads the current element (vehicle, trip or flow) up to its end tag. */
  void read(XMLStreamReader r, SumoRouteFileParser p, SumoAttributes a)
      throws XMLStreamException {
    String kind = a.element();
    boolean flow = kind.equals("flow");
    String id = a.required("id", "every " + kind + " needs a unique id");
    String type = a.take("type");
    Double depart = flow ? null : depart(a);
    String routeRef = a.take("route");
    String edgesAttr = kind.equals("vehicle") ? a.take("edges") : null;
    String fromEdge = kind.equals("vehicle") ? null : a.take("from");
    String toEdge = kind.equals("vehicle") ? null : a.take("to");
    if (!kind.equals("vehicle") && a.take("via") != null) {
      log.ignored("attribute 'via' (routes go straight from 'from' to 'to')", "<" + kind + ">",
          a.loc());
    }
    SumoFlowSpec spec = flow ? flowSpec(a) : null;
    a.reportIgnored();
    String nested = nestedRoute(r, p);
    Way way = way(a, kind, routeRef, nested != null ? nested : edgesAttr, fromEdge, toEdge);
    type = type == null ? SumoVTypeDefaults.DEFAULT_VEHTYPE : type;
    if (id == null || way == null || (!flow && depart == null) || (flow && spec == null)) {
      return;
    }
    out.typeRefs.add(new Ref(type, a.loc()));
    if (!out.newId(id, a.loc(), log)) {
      return;
    }
    if (!flow) {
      if (depart < from) {
        out.droppedBefore++;
      } else if (depart > to) {
        out.droppedAfter++;
      } else {
        out.vehicles.add(new Pending(id, type, depart, way.routeRef, way.edges, way.from, way.to));
      }
      return;
    }
    SumoFlows.Departures d = spec.departures(rnd, from, to);
    out.droppedBefore += d.dropped(); // counted together with those after the window
    for (int i = 0; i < d.departs().length; i++) {
      String vid = id + "." + d.index()[i];
      if (out.newId(vid, a.loc(), log)) {
        out.vehicles.add(new Pending(vid, type, d.departs()[i], way.routeRef, way.edges,
            way.from, way.to));
      }
    }
  }

  private Double depart(SumoAttributes a) {
    String v = a.peek("depart");
    if (v == null) {
      a.required("depart", "the departure time in seconds");
      return null;
    }
    if (v.trim().equals("triggered") || v.trim().equals("containerTriggered")) {
      a.take("depart");
      log.problem(a.loc(), a.element() + ".depart", "depart=\"" + v.trim()
          + "\" is not supported", "give a departure time in seconds");
      return null;
    }
    return a.time("depart", null);
  }

  /** Edges of a nested {@code <route>}, skipping every other child; null when none. */
  private String nestedRoute(XMLStreamReader r, SumoRouteFileParser p) throws XMLStreamException {
    String parent = "<" + r.getLocalName() + ">";
    String edges = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return edges;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("route") && edges == null) {
          SumoAttributes a = p.attrs(r);
          a.take("id");
          edges = a.required("edges", "list the route's edge ids separated by spaces");
          edges = edges == null ? "" : edges;
          a.reportIgnored();
          p.skipChildren(r);
        } else {
          p.skip(r, parent);
        }
      }
    }
    return edges;
  }

  private Way way(SumoAttributes a, String kind, String routeRef, String edges, String fromEdge,
      String toEdge) {
    int given = (routeRef != null ? 1 : 0) + (edges != null ? 1 : 0)
        + (fromEdge != null || toEdge != null ? 1 : 0);
    String hint = kind.equals("vehicle") ? "give route=\"id\" or a nested <route edges=\"..\"/>"
        : kind.equals("trip") ? "give from and to edge ids"
        : "give route=\"id\", from and to, or a nested <route edges=\"..\"/>";
    if (given != 1) {
      log.problem(a.loc(), kind, (given == 0 ? "no route" : "more than one route")
          + " for " + kind, hint);
      return null;
    }
    if (routeRef != null) {
      out.routeRefs.add(new Ref(routeRef, a.loc()));
      return new Way(routeRef, null, null, null);
    }
    if (edges != null) {
      if (edges.isEmpty()) {
        return null; // missing edges already reported
      }
      List<String> list = out.edges(edges, a.loc(), kind + ".route.edges", log);
      return list == null ? null : new Way(null, list, null, null);
    }
    if (fromEdge == null || toEdge == null) {
      log.problem(a.loc(), kind + (fromEdge == null ? ".from" : ".to"), "missing required "
          + "attribute '" + (fromEdge == null ? "from" : "to") + "' on <" + kind + ">", hint);
      return null;
    }
    return new Way(null, null, out.edgeRef(fromEdge, a.loc(), kind + ".from"),
        out.edgeRef(toEdge, a.loc(), kind + ".to"));
  }

  private SumoFlowSpec flowSpec(SumoAttributes a) {
    int rates = 0;
    for (String r : RATES) {
      rates += a.has(r) ? 1 : 0;
    }
    boolean number = a.has("number");
    if (rates == 0 || (rates > 1 && !(rates == 2 && number))) {
      log.problem(a.loc(), "flow", "a flow needs exactly one of vehsPerHour, period, "
          + "probability, number" + (rates > 0 ? " (or number with one of the others)" : ""),
          "e.g. period=\"10\" for one vehicle every 10 s");
      for (String r : RATES) {
        a.take(r);
      }
      return null;
    }
    return SumoFlowSpec.parse(a, log);
  }
}
