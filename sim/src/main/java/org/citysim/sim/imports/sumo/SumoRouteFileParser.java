package org.citysim.sim.imports.sumo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.citysim.sim.imports.sumo.SumoRawDemand.RawDistribution;
import org.citysim.sim.imports.sumo.SumoRawDemand.RawType;
import org.citysim.sim.imports.sumo.SumoReadLog.Loc;

/**
 * Streams one route or additional file into a {@link SumoRawDemand}: vehicle types, type
 * distributions and named routes here; vehicles, trips and flows in {@link SumoVehicleElements}.
 * Any other element is skipped with everything inside it and tallied as a warning.
 */
final class SumoRouteFileParser {
  private final XMLInputFactory factory;
  private final SumoRawDemand out;
  private final SumoReadLog log;
  private final SumoVehicleElements vehicles;
  private Path file;

  SumoRouteFileParser(XMLInputFactory factory, SumoRawDemand out, SumoReadLog log,
      SumoVehicleElements vehicles) {
    this.factory = factory;
    this.out = out;
    this.log = log;
    this.vehicles = vehicles;
  }

  /** Reads {@code path}; problems go to the log (a malformed file stops at the error). */
  void parse(Path path) {
    this.file = path;
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = path.toString().endsWith(".gz")
            ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)
            : new BufferedInputStream(raw, 1 << 16)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      try {
        document(r);
      } finally {
        r.close();
      }
    } catch (NoSuchFileException e) {
      log.problem(path, "file not found", "check the path (relative paths are resolved against "
          + "the working directory)");
    } catch (IOException e) {
      log.problem(path, "cannot read file: " + e.getMessage(), "");
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
      log.problem(new Loc(path, line, col), "", "malformed XML: " + cleanMessage(e),
          "SUMO route files are plain XML; DTDs and external entities are refused");
    }
  }

  private static String cleanMessage(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).trim();
  }

  private void document(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
      // prolog, comments
    }
    if (!r.isStartElement()) {
      log.problem(file, "no root element", "a route file starts with <routes>");
      return;
    }
    String root = r.getLocalName();
    if (!root.equals("routes") && !root.equals("additional")) {
      log.problem(loc(r), "", "root element is <" + root + ">, expected <routes> or <additional>",
          "is this a SUMO route file?");
      return;
    }
    attrs(r).reportIgnored();
    children(r, "<" + root + ">", true);
    while (r.hasNext()) {
      r.next(); // trailing comments; a second root element is a parse error
    }
  }

  /** Dispatches the children of the current element until its end tag. */
  private void children(XMLStreamReader r, String parent, boolean top) throws XMLStreamException {
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      switch (top ? name : "") {
        case "vType" -> vType(r, null);
        case "vTypeDistribution" -> distribution(r);
        case "route" -> route(r);
        case "vehicle", "trip", "flow" -> vehicles.read(r, this, attrs(r));
        default -> skip(r, parent);
      }
    }
  }

  /** Skips the current element and its content, tallying it as ignored. */
  void skip(XMLStreamReader r, String parent) throws XMLStreamException {
    log.ignoredElement(r.getLocalName(), parent, loc(r));
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Skips every child of the current element (each tallied) up to its end tag. */
  void skipChildren(XMLStreamReader r) throws XMLStreamException {
    String parent = "<" + r.getLocalName() + ">";
    children(r, parent, false);
  }

  Loc loc(XMLStreamReader r) {
    return new Loc(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
  }

  SumoAttributes attrs(XMLStreamReader r) {
    return new SumoAttributes(r, loc(r), log);
  }

  private void vType(XMLStreamReader r, String distribution) throws XMLStreamException {
    SumoAttributes a = attrs(r);
    String id = a.required("id", "every vType needs an id");
    String vClass = a.take("vClass");
    Double length = positive(a, "length", false);
    Double minGap = positive(a, "minGap", true);
    Double maxSpeed = positive(a, "maxSpeed", false);
    Double probability = positive(a, "probability", true);
    // Kept for the emission model (org.citysim.sim.emission), so not reported as ignored.
    String emissionClass = a.take("emissionClass");
    a.reportIgnored();
    if (id != null) {
      out.types.add(new RawType(id, vClass == null ? SumoVTypeDefaults.DEFAULT_VCLASS : vClass,
          length, minGap, maxSpeed, probability, emissionClass, distribution, a.loc()));
    }
    skipChildren(r);
  }

  private Double positive(SumoAttributes a, String name, boolean zeroOk) {
    String raw = a.has(name) ? "given" : null;
    Double v = a.number(name, null);
    if (raw != null && v != null && (zeroOk ? v < 0 : v <= 0)) {
      log.problem(a.loc(), a.element() + "." + name, "'" + name + "' must be "
          + (zeroOk ? "non-negative" : "positive") + ", got " + v, "");
      return null;
    }
    return v;
  }

  private void distribution(XMLStreamReader r) throws XMLStreamException {
    SumoAttributes a = attrs(r);
    String id = a.required("id", "every vTypeDistribution needs an id");
    String refs = a.take("vTypes");
    String probs = a.take("probabilities");
    a.reportIgnored();
    List<String> refList = refs == null || refs.isBlank() ? List.of()
        : List.of(refs.trim().split("[\\s,]+"));
    List<Double> probList = new ArrayList<>();
    if (probs != null && !probs.isBlank()) {
      for (String p : probs.trim().split("[\\s,]+")) {
        try {
          probList.add(Double.parseDouble(p));
        } catch (NumberFormatException e) {
          log.problem(a.loc(), "vTypeDistribution.probabilities", "not a number: '" + p + "'", "");
        }
      }
      if (probList.size() != refList.size()) {
        log.problem(a.loc(), "vTypeDistribution.probabilities", probList.size()
            + " probabilities for " + refList.size() + " vTypes", "give one weight per vType");
      }
    }
    if (id != null) {
      if (out.distributions.containsKey(id)) {
        log.problem(a.loc(), "id", "duplicate vTypeDistribution id '" + id + "'", "");
      }
      out.distributions.put(id, new RawDistribution(id, refList, probList, a.loc()));
    }
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("vType")) {
          vType(r, id == null ? "" : id);
        } else {
          skip(r, "<vTypeDistribution>");
        }
      }
    }
  }

  private void route(XMLStreamReader r) throws XMLStreamException {
    SumoAttributes a = attrs(r);
    String id = a.required("id", "a top-level route needs an id for vehicles to refer to");
    String edges = a.required("edges", "list the route's edge ids separated by spaces");
    a.reportIgnored();
    if (id != null && edges != null) {
      List<String> list = out.edges(edges, a.loc(), "route.edges", log);
      if (out.routes.containsKey(id)) {
        log.problem(a.loc(), "route.id", "duplicate route id '" + id + "'", "");
      } else if (list != null) {
        out.routes.put(id, list);
      } else {
        out.routes.put(id, null); // known but broken: no second "unknown route" problem
      }
    }
    skipChildren(r);
  }
}
