package org.citysim.sim.scenario.yaml;

/**
 * Where a YAML node or key came from.
 *
 * @param line     1-based line in the file, or 0 when the node came from an override
 * @param column   1-based column, or 0 when the node came from an override
 * @param override the override text ({@code path=value}) that created the node, or null when
 *                 the node was read from the file
 */
public record Loc(int line, int column, String override) {

  /** A place in the file. */
  public static Loc at(int line, int column) {
    return new Loc(line, column, null);
  }

  /** A node created by the override {@code text}. */
  public static Loc override(String text) {
    return new Loc(0, 0, text);
  }

  /** Whether the node was created by a {@code --set} override rather than read from the file. */
  public boolean fromOverride() {
    return override != null;
  }
}
