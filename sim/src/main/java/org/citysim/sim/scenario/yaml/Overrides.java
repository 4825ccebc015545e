package org.citysim.sim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set path=value} overrides to a located tree before it is bound, so that
 * overridden values are validated exactly like values from the file. A path is a dotted list of
 * keys with optional list indices ({@code demand.flows[0].rate}); missing objects on the way are
 * created, list indices must exist. The value is parsed as YAML. Every node an override creates is
 * located at that override, so later problems about it name the {@code --set}.
 */
public final class Overrides {
  private static final Pattern SEGMENT = Pattern.compile("\\G(?:(^|\\.)([^.\\[\\]=]+)|\\[(\\d{1,9})])");
  private final Problems problems;

  public Overrides(Problems problems) {
    this.problems = problems;
  }

  /** A path segment: a key, or a list index when {@code key} is null. */
  private record Segment(String key, int index) {}

  /** Applies every override in order; malformed ones are recorded as problems and skipped. */
  public void apply(YMap root, List<String> overrides) {
    for (String o : overrides) {
      applyOne(root, o);
    }
  }

  private void applyOne(YMap root, String text) {
    Loc loc = Loc.override(text);
    int eq = text.indexOf('=');
    if (eq < 0) {
      problems.add(loc, text, "malformed override, expected path=value",
          "write e.g. --set demand.random.rate=3000");
      return;
    }
    String path = text.substring(0, eq).trim();
    List<Segment> segments = parsePath(path);
    if (segments == null) {
      problems.add(loc, path, "malformed override path '" + path + "'",
          "use dotted keys with optional list indices, e.g. demand.flows[0].rate");
      return;
    }
    int before = problems.size();
    YNode value = new YamlTreeReader(problems, loc, path).read(text.substring(eq + 1));
    if (problems.size() > before) {
      return;
    }
    if (value == null) {
      value = new YScalar(YScalar.Kind.NULL, "", null, loc);
    }
    YNode cur = root;
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      boolean last = i == segments.size() - 1;
      String parent = at.toString();
      at.append(s.key() != null ? (at.length() == 0 ? "" : ".") + s.key() : "[" + s.index() + "]");
      if (s.key() != null) {
        if (!(cur instanceof YMap map)) {
          problems.add(loc, path, "cannot set '" + at + "': '" + parent + "' is " + cur.describe()
              + ", not an object", "check the path");
          return;
        }
        YMap.Entry e = map.entry(s.key());
        Loc keyLoc = e == null ? loc : e.keyLoc();
        if (last) {
          map.put(new YMap.Entry(s.key(), keyLoc, value));
          return;
        }
        if (e == null || (e.value() instanceof YScalar sc && sc.isNull())) {
          if (segments.get(i + 1).key() == null) {
            problems.add(loc, path, "cannot index '" + at + "': there is no list there",
                "set the whole list instead, e.g. " + at + "=[...]");
            return;
          }
          e = new YMap.Entry(s.key(), keyLoc, new YMap(loc));
          map.put(e);
        }
        cur = e.value();
      } else {
        if (!(cur instanceof YList list)) {
          problems.add(loc, path, "cannot index '" + at + "': '" + parent + "' is "
              + cur.describe() + ", not a list", "check the path");
          return;
        }
        if (s.index() >= list.items().size()) {
          problems.add(loc, path, "list index " + s.index() + " is out of range",
              "'" + parent + "' has " + list.items().size() + " element(s), indices start at 0");
          return;
        }
        if (last) {
          list.items().set(s.index(), value);
          return;
        }
        cur = list.items().get(s.index());
      }
    }
  }

  /** The segments of {@code path}, or null when it is malformed. */
  private static List<Segment> parsePath(String path) {
    List<Segment> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (m.find()) {
      if (m.group(2) != null) {
        if (m.group(1).isEmpty() && end != 0) {
          return null;
        }
        out.add(new Segment(m.group(2).trim(), -1));
      } else {
        out.add(new Segment(null, Integer.parseInt(m.group(3))));
      }
      end = m.end();
    }
    if (end != path.length() || out.isEmpty() || out.get(0).key() == null) {
      return null;
    }
    return out;
  }
}
