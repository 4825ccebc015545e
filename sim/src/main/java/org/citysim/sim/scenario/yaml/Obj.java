package org.citysim.sim.scenario.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the keys of one YAML object for hand-written binding code: required and optional values
 * with defaults and ranges, and a check for unknown keys. Every failure is recorded in
 * {@link Problems} with its location and field path; readers then return null (required values)
 * or the default (optional values), so binding can go on and find the other problems too.
 */
public final class Obj {
  private final YMap map;
  private final String path;
  private final Loc loc;
  private final Problems problems;

  /**
   * @param map      the object
   * @param path     its field path ("" for the root)
   * @param loc      where problems about the object as a whole go (e.g. a missing key)
   * @param problems where problems go
   */
  public Obj(YMap map, String path, Loc loc, Problems problems) {
    this.map = map;
    this.path = path;
    this.loc = loc;
    this.problems = problems;
  }

  /** The root object of a file. */
  public static Obj root(YMap map, Problems problems) {
    return new Obj(map, "", map.loc(), problems);
  }

  public String path() {
    return path;
  }

  public Loc loc() {
    return loc;
  }

  public Problems problems() {
    return problems;
  }

  /** Field path of {@code key} in this object. */
  public String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Whether {@code key} is present with a value other than null. */
  public boolean has(String key) {
    YMap.Entry e = map.entry(key);
    return e != null && !(e.value() instanceof YScalar s && s.isNull());
  }

  /** The value of {@code key}, or null when it is absent or null. */
  public Val opt(String key) {
    if (!has(key)) {
      return null;
    }
    YMap.Entry e = map.entry(key);
    return new Val(e.value(), field(key), problems, e.keyLoc());
  }

  /** The value of {@code key}; records "missing required field" and returns null when absent. */
  public Val require(String key) {
    Val v = opt(key);
    if (v == null) {
      problems.add(loc, field(key), "missing required field '" + key + "'",
          "add '" + key + ":' to " + (path.isEmpty() ? "the top level" : "'" + path + "'"));
    }
    return v;
  }

  /** Records a problem about the whole object. */
  public void problem(String message, String hint) {
    problems.add(loc, path, message, hint);
  }

  /** Records "unknown key" for every key not in {@code allowed}, with a did-you-mean. */
  public void checkKeys(String... allowed) {
    List<String> known = Arrays.asList(allowed);
    for (YMap.Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        String guess = Suggest.closest(e.key(), known);
        String hint = (guess == null ? "" : "did you mean '" + guess + "'? ")
            + "allowed keys: " + String.join(", ", known);
        problems.add(e.keyLoc(), field(e.key()), "unknown key '" + e.key() + "'", hint);
      }
    }
  }

  public String requireText(String key) {
    Val v = require(key);
    return v == null ? null : v.text();
  }

  public String optText(String key, String def) {
    Val v = opt(key);
    String t = v == null ? null : v.text();
    return t == null ? def : t;
  }

  public Double requireNumber(String key, Range range) {
    Val v = require(key);
    return v == null ? null : v.number(range);
  }

  public double optNumber(String key, double def, Range range) {
    Val v = opt(key);
    Double d = v == null ? null : v.number(range);
    return d == null ? def : d;
  }

  public Integer requireInt(String key, Range range) {
    Val v = require(key);
    Long l = v == null ? null : v.integer(range);
    return l == null ? null : Math.toIntExact(l);
  }

  /** An int; {@code range} must lie within the int range. */
  public int optInt(String key, int def, Range range) {
    Val v = opt(key);
    Long l = v == null ? null : v.integer(range);
    return l == null ? def : Math.toIntExact(l);
  }

  public long optLong(String key, long def, Range range) {
    Val v = opt(key);
    Long l = v == null ? null : v.integer(range);
    return l == null ? def : l;
  }

  public boolean optBool(String key, boolean def) {
    Val v = opt(key);
    Boolean b = v == null ? null : v.bool();
    return b == null ? def : b;
  }

  public Double requireTime(String key) {
    Val v = require(key);
    return v == null ? null : v.time();
  }

  /** The object at {@code key}, or null when absent or not an object (then a problem). */
  public Obj optObj(String key) {
    Val v = opt(key);
    return v == null ? null : v.obj();
  }

  public Obj requireObj(String key) {
    Val v = require(key);
    return v == null ? null : v.obj();
  }

  /** The list at {@code key}; empty when absent or not a list (then a problem). */
  public List<Val> optList(String key) {
    Val v = opt(key);
    List<Val> l = v == null ? null : v.list();
    return l == null ? new ArrayList<>() : l;
  }
}
