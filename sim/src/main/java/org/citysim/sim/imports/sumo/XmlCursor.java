package org.citysim.sim.imports.sumo;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.citysim.sim.scenario.Problem;

/**
 * A StAX reader positioned on elements, with attribute access that records located {@link
 * Problem}s instead of throwing, so one pass reports every bad attribute of a file.
 */
final class XmlCursor {
  /** Handles one child element; must consume it up to and including its end tag. */
  @FunctionalInterface
  interface ChildHandler {
    void onChild(String name) throws XMLStreamException;
  }

  private final XMLStreamReader r;
  private final Path file;
  private final List<Problem> problems;

  private XmlCursor(XMLStreamReader r, Path file, List<Problem> problems) {
    this.r = r;
    this.file = file;
    this.problems = problems;
  }

  /**
   * Opens a cursor on the root element. DTDs and external entities are off: a net file is
   * untrusted input, and with them on, an entity such as {@code SYSTEM "file:///etc/passwd"}
   * would read local files into attribute values (XXE).
   */
  static XmlCursor open(InputStream in, Path file, List<Problem> problems)
      throws XMLStreamException {
    XmlCursor c = new XmlCursor(SafeXml.factory().createXMLStreamReader(in), file, problems);
    // Not nextTag(): it refuses a DOCTYPE, which is harmless once DTDs are off.
    while (c.r.next() != XMLStreamConstants.START_ELEMENT) {
      if (c.r.getEventType() == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("no root element", c.r.getLocation());
      }
    }
    return c;
  }

  void close() throws XMLStreamException {
    r.close();
  }

  /** Local name of the current element. */
  String name() {
    return r.getLocalName();
  }

  /** 1-based line of the current event. */
  int line() {
    return r.getLocation().getLineNumber();
  }

  int column() {
    return r.getLocation().getColumnNumber();
  }

  Path file() {
    return file;
  }

  /** An attribute or null when absent. */
  String attr(String name) {
    return r.getAttributeValue(null, name);
  }

  /** A non-blank attribute, or null after recording a problem. */
  String required(String name, String hint) {
    String v = attr(name);
    if (v == null || v.isBlank()) {
      problem(name, "missing required attribute '" + name + "'", hint);
      return null;
    }
    return v;
  }

  /** A required number, or NaN after recording a problem. */
  double requiredDouble(String name, String hint) {
    String v = required(name, hint);
    return v == null ? Double.NaN : parseDouble(name, v, hint);
  }

  /** An optional number, {@code fallback} when absent, NaN after recording a problem. */
  double optionalDouble(String name, double fallback, String hint) {
    String v = attr(name);
    return v == null ? fallback : parseDouble(name, v, hint);
  }

  /** An optional integer, {@code fallback} when absent or malformed (then with a problem). */
  int optionalInt(String name, int fallback, String hint) {
    String v = attr(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      problem(name, "'" + v + "' is not an integer", hint);
      return fallback;
    }
  }

  private double parseDouble(String name, String v, String hint) {
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(name, "'" + v + "' is not a finite number", hint);
    return Double.NaN;
  }

  /** Records a problem at the current element; {@code attribute} may be empty. */
  void problem(String attribute, String message, String hint) {
    problems.add(problemHere(attribute, message, hint));
  }

  /** Records a problem made earlier with {@link #problemHere}. */
  void report(Problem p) {
    problems.add(p);
  }

  /** A problem located at the current element, not yet recorded. */
  Problem problemHere(String attribute, String message, String hint) {
    String id = attr("id");
    String field = name() + (id == null ? "" : "[" + id + "]")
        + (attribute.isEmpty() ? "" : "." + attribute);
    return new Problem(file, line(), column(), field, message, hint);
  }

  /** Calls {@code h} for each child element of the current element, then leaves it. */
  void children(ChildHandler h) throws XMLStreamException {
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        h.onChild(r.getLocalName());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document", r.getLocation());
      }
    }
  }

  /** Skips the current element with everything inside it. */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document", r.getLocation());
      }
    }
  }

  /** Reads past the root element to the end, so trailing garbage is reported too. */
  void finish() throws XMLStreamException {
    while (r.hasNext()) {
      r.next();
    }
  }
}
