package org.citysim.sim.imports.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Problems and warnings of one {@link SumoRouteReader#read} call. Problems are kept up to
 * {@link #MAX_PROBLEMS} (then only counted), so a file with thousands of bad lines still gives a
 * readable error. Warnings about ignored input are tallied by name: one line per ignored attribute
 * name or element name, with a count and the first place it was met.
 */
final class SumoReadLog {
  /** Problems reported in full; further ones are only counted. */
  static final int MAX_PROBLEMS = 50;
  /**
   * Problems kept before sorting (some are found after parsing, e.g. unknown edges, and are
   * sorted in by file and line); beyond this only counted.
   */
  private static final int MAX_KEPT = 10_000;

  private final List<Problem> problems = new ArrayList<>();
  private int moreProblems;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  /** The tally of ignored attribute names, by name: the hot path (several per vehicle). */
  private final Map<String, Tally> attributeTallies = new java.util.HashMap<>();
  private final List<String> notes = new ArrayList<>();

  /** A place in an input file. */
  record Loc(Path file, int line, int column) {
    String format() {
      return file + ":" + line;
    }
  }

  private static final class Tally {
    final String kind;
    final String name;
    final Loc first;
    final Set<String> where = new LinkedHashSet<>();
    long count;

    Tally(String kind, String name, Loc first) {
      this.kind = kind;
      this.name = name;
      this.first = first;
    }
  }

  void problem(Loc at, String field, String message, String hint) {
    if (problems.size() < MAX_KEPT) {
      problems.add(new Problem(at.file(), at.line(), at.column(), field, message, hint));
    } else {
      moreProblems++;
    }
  }

  void problem(Path file, String message, String hint) {
    problem(new Loc(file, 0, 0), "", message, hint);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Counts an attribute that was read and ignored, on element {@code element}. */
  void ignoredAttribute(String name, String element, Loc at) {
    Tally t = attributeTallies.get(name);
    if (t == null) {
      t = tallies.computeIfAbsent("ignored attribute" + '\u0000' + name,
          k -> new Tally("ignored attribute", name, at));
      attributeTallies.put(name, t);
    }
    t.count++;
    t.where.add(element);
  }

  /** Counts an element that was skipped with everything inside it, under {@code parent}. */
  void ignoredElement(String name, String parent, Loc at) {
    tally("ignored element", "<" + name + ">", parent, at);
  }

  /** Counts something else that was read and deliberately not used. */
  void ignored(String what, String element, Loc at) {
    tally("ignored", what, element, at);
  }

  private void tally(String kind, String name, String where, Loc at) {
    Tally t = tallies.computeIfAbsent(kind + '\u0000' + name, k -> new Tally(kind, name, at));
    t.count++;
    t.where.add(where);
  }

  /** Adds a free-form warning line. */
  void note(String line) {
    notes.add(line);
  }

  /**
   * Throws if any problem was reported: the first {@link #MAX_PROBLEMS} in reading order (the
   * order of {@code files}, then line and column), then a count of the rest.
   */
  void throwIfProblems(List<Path> files) throws ScenarioException {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.<Problem>comparingInt(p -> fileRank(files, p.file()))
        .thenComparingInt(Problem::line).thenComparingInt(Problem::column)); // stable
    List<Problem> all = new ArrayList<>(sorted.subList(0, Math.min(MAX_PROBLEMS, sorted.size())));
    int more = moreProblems + sorted.size() - all.size();
    if (more > 0) {
      all.add(new Problem(null, 0, 0, "", "and " + more + " more problems",
          "fix the ones above and read again"));
    }
    throw new ScenarioException(all);
  }

  private static int fileRank(List<Path> files, Path file) {
    int i = file == null ? -1 : files.indexOf(file);
    return i < 0 ? files.size() : i;
  }

  /** Every warning: tallies in the order first met, then notes. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (Tally t : tallies.values()) {
      out.add(t.kind + " " + t.name + " on " + String.join(", ", t.where) + ": " + t.count
          + (t.count == 1 ? " time" : " times") + " (first at " + t.first.format() + ")");
    }
    out.addAll(notes);
    return out;
  }
}
