package org.citysim.sim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.scenario.Times;

/**
 * One value of the tree with its field path, read as the type the binder expects. Each reader
 * records a problem and returns null when the value is not of that type or out of range.
 */
public final class Val {
  private final YNode node;
  private final String path;
  private final Problems problems;
  private final Loc anchor;

  public Val(YNode node, String path, Problems problems) {
    this(node, path, problems, node.loc());
  }

  /** @param anchor where problems about the value as a whole (missing keys) go: its key, if any */
  public Val(YNode node, String path, Problems problems, Loc anchor) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.anchor = anchor;
  }

  public YNode node() {
    return node;
  }

  /** Field path, e.g. {@code demand.flows[2].rate}. */
  public String path() {
    return path;
  }

  public Loc loc() {
    return node.loc();
  }

  public Problems problems() {
    return problems;
  }

  /** Records a problem at this value. */
  public void problem(String message, String hint) {
    problems.add(node.loc(), path, message, hint);
  }

  /** Any scalar, as written (so {@code id: 7} reads as "7"); null for lists and objects. */
  public String text() {
    if (node instanceof YScalar s && !s.isNull()) {
      return s.text();
    }
    problem("expected a string, got " + node.describe(), "");
    return null;
  }

  /** A finite number within {@code range}. */
  public Double number(Range range) {
    if (!(node instanceof YScalar s) || (s.kind() != YScalar.Kind.INT && s.kind() != YScalar.Kind.FLOAT)) {
      problem("expected a number, got " + node.describe(), rangeHint(range));
      return null;
    }
    double v = s.asDouble();
    if (!Double.isFinite(v)) {
      problem("expected a finite number, got " + node.describe(), rangeHint(range));
      return null;
    }
    if (!range.contains(v)) {
      problem("value " + s.text() + " is out of range", "allowed range is " + range.text());
      return null;
    }
    return v;
  }

  /** A whole number within {@code range} (a float with no fraction, such as 6.0, is accepted). */
  public Long integer(Range range) {
    boolean whole = node instanceof YScalar s
        && (s.fitsLong() || (s.kind() == YScalar.Kind.FLOAT && s.asDouble() == Math.rint(s.asDouble())
            && Math.abs(s.asDouble()) < 9e15));
    if (!whole) {
      problem("expected an integer, got " + node.describe(), rangeHint(range));
      return null;
    }
    YScalar s = (YScalar) node;
    long v = s.kind() == YScalar.Kind.INT ? ((Number) s.value()).longValue() : (long) s.asDouble();
    if (!range.contains(v)) {
      problem("value " + s.text() + " is out of range", "allowed range is " + range.text());
      return null;
    }
    return v;
  }

  /** {@code true} or {@code false}. */
  public Boolean bool() {
    if (node instanceof YScalar s && s.kind() == YScalar.Kind.BOOL) {
      return (Boolean) s.value();
    }
    problem("expected true or false, got " + node.describe(), "");
    return null;
  }

  /** A time of day: seconds, or an {@code HH:MM} / {@code HH:MM:SS} string [s since midnight]. */
  public Double time() {
    String hint = "write e.g. \"07:30\", \"07:30:15\" (hours 0..47) or a number of seconds such as 27000";
    if (node instanceof YScalar s && (s.kind() == YScalar.Kind.INT || s.kind() == YScalar.Kind.FLOAT)) {
      double v = s.asDouble();
      if (!(v >= 0 && v < Times.MAX)) {
        problem("time " + s.text() + " is out of range", "allowed range is [0, 172800) s, i.e. before 48:00:00");
        return null;
      }
      return v;
    }
    if (node instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
      try {
        return Times.parse(s.text());
      } catch (IllegalArgumentException e) {
        problem(e.getMessage(), hint);
        return null;
      }
    }
    problem("expected HH:MM, HH:MM:SS or seconds, got " + node.describe(), hint);
    return null;
  }

  /** An object, read with {@link Obj}. */
  public Obj obj() {
    if (node instanceof YMap m) {
      return new Obj(m, path, anchor, problems);
    }
    problem("expected an object (key: value lines), got " + node.describe(), "");
    return null;
  }

  /** The elements of a list. */
  public List<Val> list() {
    if (!(node instanceof YList l)) {
      problem("expected a list, got " + node.describe(), "write one '- item' per line or [a, b]");
      return null;
    }
    List<Val> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      out.add(new Val(l.items().get(i), path + "[" + i + "]", problems));
    }
    return out;
  }

  /** A list, or a single scalar taken as a list of one. */
  public List<Val> listOrOne() {
    return node instanceof YScalar ? List.of(this) : list();
  }

  private static String rangeHint(Range range) {
    return range == Range.ANY ? "" : "allowed range is " + range.text();
  }
}
