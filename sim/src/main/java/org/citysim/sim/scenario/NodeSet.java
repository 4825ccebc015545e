package org.citysim.sim.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citysim.sim.scenario.yaml.Suggest;

/** The node ids of a network, for checking references (without generating a big grid). */
sealed interface NodeSet {

  boolean contains(String id);

  /** A hint for an unknown id {@code id}: a did-you-mean and what ids exist. */
  String hint(String id);

  /** The {@code r<row>c<col>} nodes of a generated grid. */
  record Grid(int rows, int columns) implements NodeSet {
    private static final Pattern ID = Pattern.compile("r(0|[1-9]\\d{0,8})c(0|[1-9]\\d{0,8})");

    @Override
    public boolean contains(String id) {
      Matcher m = ID.matcher(id);
      return m.matches() && Integer.parseInt(m.group(1)) < rows
          && Integer.parseInt(m.group(2)) < columns;
    }

    @Override
    public String hint(String id) {
      return "grid nodes are r<row>c<column> with row 0.." + (rows - 1) + " and column 0.."
          + (columns - 1) + ", e.g. r0c0 or r" + (rows - 1) + "c" + (columns - 1);
    }
  }

  /** Explicitly listed nodes. */
  record Listed(Set<String> ids) implements NodeSet {
    @Override
    public boolean contains(String id) {
      return ids.contains(id);
    }

    @Override
    public String hint(String id) {
      return knownHint("node", id, ids);
    }
  }

  /** "did you mean 'x'? known nodes: a, b, c, ..." (at most 10 listed). */
  static String knownHint(String what, String id, Collection<String> known) {
    String guess = Suggest.closest(id, known);
    List<String> some = known.stream().limit(10).toList();
    return (guess == null ? "" : "did you mean '" + guess + "'? ")
        + (known.isEmpty() ? "no " + what + "s are defined"
            : "known " + what + "s: " + String.join(", ", some) + (known.size() > 10 ? ", ..." : ""));
  }
}
