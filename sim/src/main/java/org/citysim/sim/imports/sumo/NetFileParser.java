package org.citysim.sim.imports.sumo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.citysim.sim.scenario.Problem;

/**
 * Streams the elements of a {@code .net.xml} into {@link SumoNetData}.
 *
 * <p>Lanes count only if passenger cars may use them: the queue model moves cars, and a sidewalk
 * or bike lane adds no car capacity or storage. An edge without any car lane (a bus-only street)
 * is still imported with its bus lanes (at least one), since buses use it and the network must
 * stay connected for them. The SUMO indices of the lanes that count are kept, so that each
 * connection's {@code fromLane} can name its lane among them (lane groups).
 */
final class NetFileParser {
  private static final String NET = "net";
  private final XmlCursor c;
  private final SumoNetData d;

  NetFileParser(XmlCursor c, SumoNetData d) {
    this.c = c;
    this.d = d;
  }

  /** Reads the whole file from its root element. */
  void read() throws XMLStreamException {
    if (!NET.equals(c.name())) {
      c.problem("", "root element <" + c.name() + "> is not a SUMO network",
          "a .net.xml file whose root element is <net>, as written by netconvert");
      return;
    }
    c.children(name -> {
      switch (name) {
        case "edge" -> edge();
        case "junction" -> junction();
        case "connection" -> connection();
        case "tlLogic" -> {
          TlProgram p = TlLogicParser.read(c, d.ignored, NET, d.phaseNext);
          if (p != null) {
            d.addProgram(p);
          }
        }
        default -> d.ignored.skip(c, NET);
      }
    });
    c.finish();
  }

  private void edge() throws XMLStreamException {
    String function = c.attr("function");
    String id = c.required("id", "a unique edge id");
    if ("internal".equals(function) || (id != null && id.startsWith(":"))) {
      d.internalEdges++;
      c.children(name -> {
        if ("lane".equals(name)) {
          internalLane();
        } else {
          d.ignored.skip(c, NET);
        }
      });
      return;
    }
    if ("crossing".equals(function) || "walkingarea".equals(function)) {
      d.pedestrianEdges.add(id);
      c.skip();
      return;
    }
    int line = c.line();
    String from = c.required("from", "the id of the <junction> the edge starts at");
    String to = c.required("to", "the id of the <junction> the edge ends at");
    Problem noLane = c.problemHere("", "edge has no <lane>", "at least one <lane> child");
    double[] lanes = new double[5]; // count, length sum, max speed, car lanes, bus lanes
    boolean[] ok = {id != null && from != null && to != null};
    List<Integer> carIndices = new ArrayList<>();
    List<Integer> busIndices = new ArrayList<>();
    c.children(name -> {
      if ("lane".equals(name)) {
        ok[0] &= lane(lanes, carIndices, busIndices);
      } else {
        d.ignored.skip(c, NET);
      }
    });
    if (lanes[0] == 0) {
      c.report(noLane);
      return;
    }
    if (!ok[0]) {
      return;
    }
    boolean cars = lanes[3] > 0;
    int n = (int) (cars ? lanes[3] : Math.max(1, lanes[4]));
    List<Integer> counted = cars ? carIndices : busIndices;
    if (counted.size() != n) {
      counted = List.of(); // no lane of its own kind: movements use every lane
    }
    SumoEdge e = new SumoEdge(id, from, to, lanes[1] / lanes[0], lanes[2], n, cars,
        counted.stream().sorted().toList(), line);
    if (d.edges.putIfAbsent(id, e) != null) {
      c.report(new Problem(c.file(), line, 0, "edge[" + id + "]", "duplicate edge id",
          "edge ids must be unique"));
    }
  }

  /** Keeps an internal lane's time to cross at its speed limit [s], for crossing times. */
  private void internalLane() throws XMLStreamException {
    String id = c.attr("id");
    double length = c.optionalDouble("length", Double.NaN, "the lane length in metres");
    double speed = c.optionalDouble("speed", Double.NaN, "the speed limit in m/s");
    c.children(name -> d.ignored.skip(c, NET));
    if (id != null && length >= 0 && speed > 0) {
      d.internalLaneTime.put(id, length / speed);
    }
  }

  private boolean lane(double[] acc, List<Integer> carIndices, List<Integer> busIndices)
      throws XMLStreamException {
    double length = c.requiredDouble("length", "the lane length in metres, such as \"125.3\"");
    double speed = c.requiredDouble("speed", "the speed limit in m/s, such as \"13.89\"");
    int index = c.optionalInt("index", (int) acc[0], "the 0-based lane index");
    String allow = c.attr("allow");
    String disallow = c.attr("disallow");
    c.children(name -> d.ignored.skip(c, NET));
    acc[0]++;
    acc[1] += length;
    acc[2] = Math.max(acc[2], speed);
    if (opens(allow, disallow, "passenger")) {
      acc[3]++;
      carIndices.add(index);
    }
    if (opens(allow, disallow, "bus")) {
      acc[4]++;
      busIndices.add(index);
    }
    return !Double.isNaN(length) && !Double.isNaN(speed);
  }

  /**
   * Whether a lane is open to {@code vClass}: SUMO writes either {@code allow} or {@code
   * disallow} (space-separated vehicle classes, or "all"); neither means open to all.
   */
  static boolean opens(String allow, String disallow, String vClass) {
    if (allow != null) {
      List<String> a = Arrays.asList(allow.trim().split("\\s+"));
      return a.contains("all") || a.contains(vClass);
    }
    if (disallow != null) {
      List<String> n = Arrays.asList(disallow.trim().split("\\s+"));
      return !(n.contains("all") || n.contains(vClass));
    }
    return true;
  }

  private void junction() throws XMLStreamException {
    if ("internal".equals(c.attr("type"))) {
      d.internalJunctions++;
      c.skip();
      return;
    }
    String id = c.required("id", "a unique junction id");
    double x = c.requiredDouble("x", "the x coordinate in metres");
    double y = c.requiredDouble("y", "the y coordinate in metres");
    Problem dup = c.problemHere("id", "duplicate junction id", "junction ids must be unique");
    c.children(name -> d.ignored.skip(c, NET));
    if (id != null && !Double.isNaN(x) && !Double.isNaN(y)
        && d.junctions.putIfAbsent(id, new SumoJunction(id, x, y)) != null) {
      c.report(dup);
    }
  }

  private void connection() throws XMLStreamException {
    String from = c.required("from", "the id of the incoming edge");
    String to = c.required("to", "the id of the outgoing edge");
    if (from == null || to == null) {
      c.skip();
      return;
    }
    String via = c.attr("via");
    if (from.startsWith(":") || to.startsWith(":")) {
      d.internalConnections++;
      // An internal lane that continues on another one (SUMO's internal junctions).
      int lane = c.optionalInt("fromLane", 0, "the 0-based index of the lane it leaves from");
      if (via != null && !via.isBlank()) {
        d.internalNext.put(from + "_" + lane, via.trim());
      }
      c.skip();
      return;
    }
    String tl = c.attr("tl");
    TlLink link = null;
    if (tl != null && !tl.isEmpty()) {
      int index = c.optionalInt("linkIndex", -1, "the 0-based index into the phase states");
      if (index < 0) {
        c.problem("linkIndex", "a signal-controlled connection needs a linkIndex >= 0",
            "linkIndex=\"0\" or more, the position of its colour in the phase state");
      } else {
        link = new TlLink(tl, index);
      }
    }
    int fromLane = c.optionalInt("fromLane", -1, "the 0-based index of the lane it leaves from");
    d.addConnection(from, to, fromLane, via == null || via.isBlank() ? null : via.trim(),
        c.line(), c.column(), link);
    c.children(name -> d.ignored.skip(c, NET));
  }
}
