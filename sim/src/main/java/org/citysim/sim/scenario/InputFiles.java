package org.citysim.sim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Input file names in a scenario: relative to the scenario's folder, and {@code ${SUMO_HOME}}
 * expanded (to the environment variable, else {@code /usr/share/sumo}, where Debian installs
 * SUMO), so scenarios can use SUMO's own files where SUMO installed them instead of copies.
 */
final class InputFiles {
  private InputFiles() {}

  /** SUMO's data folder: {@code $SUMO_HOME}, else Debian's {@code /usr/share/sumo}. */
  static String sumoHome() {
    String env = System.getenv("SUMO_HOME");
    return env == null || env.isBlank() ? "/usr/share/sumo" : env;
  }

  /** Each file named by {@code v} (a string or a list of strings), checked to exist. */
  static List<Path> resolveAll(Val v, Path baseDir, String what) {
    List<Path> out = new ArrayList<>();
    List<Val> items = v == null ? null : v.listOrOne();
    for (Val item : items == null ? List.<Val>of() : items) {
      Path p = resolve(item, baseDir, what);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** The file named by {@code v}, or null after recording a problem. */
  static Path resolve(Val v, Path baseDir, String what) {
    String name = v.text();
    if (name == null) {
      return null;
    }
    String expanded = name.replace("${SUMO_HOME}", sumoHome());
    Path path;
    try {
      path = baseDir.resolve(expanded).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      v.problem("invalid file name '" + name + "'", e.getReason());
      return null;
    }
    if (!Files.isRegularFile(path)) {
      v.problem(what + " not found: " + path, "check the path; relative names are resolved "
          + "against the scenario's folder " + baseDir + ", and ${SUMO_HOME} is "
          + sumoHome());
      return null;
    }
    return path;
  }
}
