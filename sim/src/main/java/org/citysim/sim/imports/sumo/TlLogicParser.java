package org.citysim.sim.imports.sumo;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Reads one {@code <tlLogic>} element, wherever it appears (net or additional file). */
final class TlLogicParser {
  private TlLogicParser() {}

  /**
   * Reads the {@code <tlLogic>} the cursor is on, up to its end tag.
   *
   * @return the program, or null when it is broken (the problems are recorded)
   */
  static TlProgram read(XmlCursor c, IgnoredElements ignored, String where,
      List<String> phaseNextSeen) throws XMLStreamException {
    int line = c.line();
    String id = c.required("id", "the id of the traffic light, as in <connection tl=...>");
    String type = c.attr("type") == null ? "static" : c.attr("type");
    String programId = c.attr("programID") == null ? "" : c.attr("programID");
    double offset = c.optionalDouble("offset", 0, "seconds, such as offset=\"10\"");
    var tlProblem = c.problemHere("", "tlLogic has no <phase>",
        "list at least one <phase duration=\"...\" state=\"...\"/>");
    List<TlProgram.Phase> phases = new ArrayList<>();
    boolean[] ok = {id != null && !Double.isNaN(offset)};
    c.children(name -> {
      if (!"phase".equals(name)) {
        ignored.skip(c, where);
        return;
      }
      int pl = c.line();
      double d = c.requiredDouble("duration", "seconds, such as duration=\"31\"");
      String state = c.required("state", "one character per link index, such as \"GGrr\"");
      if (!Double.isNaN(d) && !(d > 0)) {
        c.problem("duration", "phase duration must be positive, got " + d,
            "a duration in seconds greater than 0");
        d = Double.NaN;
      }
      if (c.attr("next") != null && id != null) {
        phaseNextSeen.add(id);
      }
      if (Double.isNaN(d) || state == null) {
        ok[0] = false;
      } else {
        phases.add(new TlProgram.Phase(d, state, pl));
      }
      c.skip();
    });
    if (phases.isEmpty() && ok[0]) {
      c.report(tlProblem);
      return null;
    }
    return ok[0] ? new TlProgram(id, type, programId, offset, phases, c.file(), line) : null;
  }
}
