package org.citysim.app.sweep.file;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.Parameter;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;
import org.citysim.sim.scenario.yaml.YScalar;

/**
 * Reads one entry of a sweep file's {@code parameters}: a range ({@code min}, {@code max},
 * optional {@code steps} and {@code integer}), numeric {@code levels}, or text {@code choices}.
 * Problems go to the entry's {@link Obj}; the reader then returns null.
 */
final class ParameterReader {
  /** Full-factorial levels of a range when the file gives no {@code steps}. */
  static final int DEFAULT_STEPS = 3;

  private ParameterReader() {}

  static Parameter read(Obj o) {
    o.checkKeys("path", "min", "max", "steps", "integer", "levels", "choices");
    String path = o.requireText("path");
    if (path != null && !KnownKpis.wellFormed(path)) {
      o.opt("path").problem("malformed parameter path '" + path + "'",
          "a scenario field as --set names it, e.g. demand.random.rate or agents[0].config.kp");
      path = null;
    }
    boolean range = o.has("min") || o.has("max");
    int kinds = (range ? 1 : 0) + (o.has("levels") ? 1 : 0) + (o.has("choices") ? 1 : 0);
    if (kinds != 1) {
      o.problem(kinds == 0 ? "a parameter needs values" : "a parameter takes one kind of values",
          "give min and max (a range), levels (numbers) or choices (texts)");
      return null;
    }
    if (range) {
      return range(o, path);
    }
    if (o.has("levels")) {
      List<Object> values = new ArrayList<>();
      for (Val v : o.optList("levels")) {
        Double d = v.number(Range.ANY);
        values.add(d);
      }
      return levels(o, path, "levels", values);
    }
    List<Object> values = new ArrayList<>();
    for (Val v : o.optList("choices")) {
      if (v.node() instanceof YScalar s && !s.isNull()) {
        values.add(s.text());
      } else {
        v.problem("expected a scalar choice, got " + v.node().describe(),
            "choices are texts (or numbers) applied as --set path=value");
        values.add(null);
      }
    }
    return levels(o, path, "choices", values);
  }

  private static Parameter levels(Obj o, String path, String key, List<Object> values) {
    if (values.contains(null) || path == null) {
      return null;
    }
    if (values.isEmpty()) {
      o.opt(key).problem("no " + key + " given", "list at least one value, e.g. [60, 90]");
      return null;
    }
    if (values.stream().distinct().count() < values.size()) {
      o.opt(key).problem("a value is listed twice", "list each value once");
      return null;
    }
    return new Parameter.Levels(path, values);
  }

  private static Parameter range(Obj o, String path) {
    Double min = o.requireNumber("min", Range.ANY);
    Double max = o.requireNumber("max", Range.ANY);
    boolean integer = o.optBool("integer", false);
    int steps = o.optInt("steps", DEFAULT_STEPS, Range.closed(2, 1_000_000));
    if (min == null || max == null || path == null) {
      return null;
    }
    if (!(max > min)) {
      o.opt("max").problem("max must be greater than min (" + Parameter.text(min) + ")",
          "swap them, or use levels: [" + Parameter.text(min) + "] for a single value");
      return null;
    }
    if (integer && (min != Math.rint(min) || max != Math.rint(max))) {
      o.opt("integer").problem("an integer range needs whole min and max",
          "write whole numbers, or leave out integer: true");
      return null;
    }
    return new Parameter.Range(path, min, max, integer, steps);
  }
}
