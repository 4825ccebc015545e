package org.citysim.sim.imports.sumo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/**
 * The attributes of one start element. Readers {@link #take} what they use; whatever is left is
 * reported by {@link #reportIgnored} as ignored, so nothing is dropped silently. Parse errors
 * become problems at the element's location and yield {@code null}.
 */
final class SumoAttributes {
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** SUMO time: seconds, or {@code [d:]hh:mm:ss[.fff]}. */
  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d*)?)");

  private final String element;
  private final SumoReadLog.Loc loc;
  private final SumoReadLog log;
  private final Map<String, String> values = new LinkedHashMap<>();

  SumoAttributes(XMLStreamReader r, SumoReadLog.Loc loc, SumoReadLog log) {
    this.element = r.getLocalName();
    this.loc = loc;
    this.log = log;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (!XSI.equals(r.getAttributeNamespace(i))) {
        values.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
      }
    }
  }

  String element() {
    return element;
  }

  SumoReadLog.Loc loc() {
    return loc;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The attribute's value, left unread; null when absent. */
  String peek(String name) {
    return values.get(name);
  }

  /** The attribute's value, removed from the unread ones; null when absent. */
  String take(String name) {
    return values.remove(name);
  }

  /** Like {@link #take} but reports a problem when the attribute is absent or blank. */
  String required(String name, String hint) {
    String v = take(name);
    if (v == null || v.isBlank()) {
      log.problem(loc, element + "." + name, "missing required attribute '" + name + "' on <"
          + element + ">", hint);
      return null;
    }
    return v;
  }

  /** A number, or {@code fallback} when absent; null (and a problem) when not a finite number. */
  Double number(String name, Double fallback) {
    String v = take(name);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    log.problem(loc, element + "." + name, "'" + name + "' is not a number: '" + v + "'",
        "write a decimal number such as 3.5");
    return null;
  }

  /** A SUMO time [s] (seconds or [d:]hh:mm:ss), or {@code fallback} when absent. */
  Double time(String name, Double fallback) {
    String v = values.get(name);
    if (v != null && v.indexOf(':') >= 0) { // plain seconds skip the pattern (most files)
      Matcher m = CLOCK.matcher(v.trim());
      if (m.matches()) {
        take(name);
        double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
        return days * 86400 + Double.parseDouble(m.group(2)) * 3600
            + Double.parseDouble(m.group(3)) * 60 + Double.parseDouble(m.group(4));
      }
    }
    Double d = number(name, fallback);
    if (v != null && d != null && d < 0) {
      log.problem(loc, element + "." + name, "'" + name + "' is negative: " + v,
          "times are seconds >= 0");
      return null;
    }
    return d;
  }

  /** Reports every attribute not taken as ignored. */
  void reportIgnored() {
    if (values.isEmpty()) {
      return;
    }
    String where = "<" + element + ">";
    for (String name : values.keySet()) {
      log.ignoredAttribute(name, where, loc);
    }
    values.clear();
  }
}
