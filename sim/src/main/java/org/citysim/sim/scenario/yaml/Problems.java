package org.citysim.sim.scenario.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Collects the problems of one input file, so all of them can be reported together. A problem
 * located at a node that came from a {@code --set} override gets line 0 and a message naming the
 * override, because the file has no line for it.
 */
public final class Problems {
  private final Path file;
  private final List<Problem> list = new ArrayList<>();

  /** @param file the input file, used in every problem (may be null) */
  public Problems(Path file) {
    this.file = file;
  }

  /** The input file. */
  public Path file() {
    return file;
  }

  /** Records a problem at {@code loc}. */
  public void add(Loc loc, String field, String message, String hint) {
    if (loc == null || loc.fromOverride()) {
      String origin = loc == null ? "" : " (from --set " + loc.override() + ")";
      list.add(new Problem(file, 0, 0, field, message + origin, hint));
    } else {
      list.add(new Problem(file, loc.line(), loc.column(), field, message, hint));
    }
  }

  /** Records a problem that has no place in the file (line 0). */
  public void add(String field, String message, String hint) {
    list.add(new Problem(file, 0, 0, field, message, hint));
  }

  /** Number of problems so far. */
  public int size() {
    return list.size();
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems ordered by line, then column (stable, so same-place problems keep their order). */
  public List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return out;
  }

  /** Throws a {@link ScenarioException} with every problem, if there is any. */
  public void throwIfAny() throws ScenarioException {
    if (!list.isEmpty()) {
      throw new ScenarioException(sorted());
    }
  }
}
