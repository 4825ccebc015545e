package org.citysim.sim.imports.sumo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Example files of the installed SUMO, and facts about a net computed independently of the
 * reader (plain regular expressions over the tags), as the truth to test against.
 */
final class SumoFiles {
  private static final Pattern TAG = Pattern.compile("<(edge|connection|junction)\\s([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("([\\w:]+)=\"([^\"]*)\"");

  private SumoFiles() {}

  /** A file under SUMO_HOME (env, else /usr/share/sumo); fails the test when it is missing. */
  static Path file(String relative) {
    String home = System.getenv("SUMO_HOME");
    Path p = Path.of(home == null || home.isBlank() ? "/usr/share/sumo" : home, relative);
    assertTrue(Files.isRegularFile(p), "SUMO example file " + p + " is missing: install SUMO"
        + " (Debian packages sumo and sumo-tools) or set SUMO_HOME");
    return p;
  }

  /** Facts about a net. */
  record Facts(Map<String, String[]> edges, Set<String> nodes, Set<String> movements,
      Map<String, Set<String>> tlJunctions) {}

  static Facts facts(Path net) throws IOException {
    String text = Files.readString(net).replaceAll("(?s)<!--.*?-->", "");
    Map<String, String[]> edges = new LinkedHashMap<>();
    Set<String> nodes = new TreeSet<>();
    Set<String> moves = new LinkedHashSet<>();
    Map<String, Set<String>> tl = new TreeMap<>();
    Map<String, String> connTl = new HashMap<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      Map<String, String> a = new HashMap<>();
      Matcher am = ATTR.matcher(m.group(2));
      while (am.find()) {
        a.put(am.group(1), am.group(2));
      }
      String f = a.getOrDefault("function", "normal");
      if (m.group(1).equals("edge") && !Set.of("internal", "crossing", "walkingarea").contains(f)
          && !a.get("id").startsWith(":")) {
        edges.put(a.get("id"), new String[] {a.get("from"), a.get("to")});
        nodes.add(a.get("from"));
        nodes.add(a.get("to"));
      } else if (m.group(1).equals("connection") && !a.get("from").startsWith(":")
          && !a.get("to").startsWith(":")) {
        moves.add(a.get("from") + ">" + a.get("to"));
        if (a.containsKey("tl")) {
          connTl.put(a.get("from") + ">" + a.get("tl"), a.get("tl"));
        }
      }
    }
    connTl.forEach((k, id) -> tl.computeIfAbsent(id, x -> new TreeSet<>())
        .add(edges.get(k.substring(0, k.indexOf('>')))[1]));
    return new Facts(edges, nodes, moves, tl);
  }
}
