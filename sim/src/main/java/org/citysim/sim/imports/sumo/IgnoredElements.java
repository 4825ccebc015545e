package org.citysim.sim.imports.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;

/**
 * Counts the elements the import skips, per element name, so each becomes one warning with its
 * count and the reason the queue model does not need it.
 */
final class IgnoredElements {
  private static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("location", "coordinates are taken as given, without projection"),
      Map.entry("type", "edge types are not needed, lanes carry their own values"),
      Map.entry("request", "right-of-way is not modelled"),
      Map.entry("roundabout", "a roundabout is an ordinary junction here"),
      Map.entry("neigh", "opposite-direction lanes (overtaking) are not modelled"),
      Map.entry("param", "generic parameters are not used"),
      Map.entry("stopOffset", "stop-line offsets are not modelled"),
      Map.entry("prohibition", "prohibitions are not modelled"),
      Map.entry("condition", "actuated-signal conditions are not evaluated"),
      Map.entry("assignment", "actuated-signal assignments are not evaluated"),
      Map.entry("function", "actuated-signal functions are not evaluated"),
      Map.entry("WAUT", "program switching is not modelled: the last loaded program runs all day"),
      Map.entry("wautSwitch", "program switching is not modelled"),
      Map.entry("wautJunction", "program switching is not modelled"));

  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, String> context = new TreeMap<>();

  /** Counts and skips the current element of {@code c}; {@code where} names the file kind. */
  void skip(XmlCursor c, String where) throws XMLStreamException {
    String name = c.name();
    counts.merge(name, 1, Integer::sum);
    context.putIfAbsent(name, where);
    c.skip();
  }

  /** One warning per element name, sorted by name. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    counts.forEach((name, n) -> {
      String reason = REASONS.getOrDefault(name, "additional".equals(context.get(name))
          ? "only <tlLogic> is read from additional files" : "not used by the queue model");
      out.add("ignored " + n + " <" + name + "> element" + (n == 1 ? "" : "s") + ": " + reason);
    });
    return out;
  }
}
