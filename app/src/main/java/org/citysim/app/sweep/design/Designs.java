package org.citysim.app.sweep.design;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The designs a sweep file can name, with their options:
 *
 * <table>
 *   <caption>Designs and options</caption>
 *   <tr><th>type</th><th>options</th><th>points for k parameters</th></tr>
 *   <tr><td>full-factorial</td><td>none (each parameter's steps or values)</td>
 *       <td>product of the level counts</td></tr>
 *   <tr><td>latin-hypercube</td><td>points</td><td>points</td></tr>
 *   <tr><td>random</td><td>points</td><td>points</td></tr>
 *   <tr><td>sobol</td><td>samples (N, a power of two is best)</td><td>N (k + 2)</td></tr>
 *   <tr><td>morris</td><td>trajectories (r), levels (p, even, default 4)</td>
 *       <td>r (k + 1)</td></tr>
 * </table>
 *
 * <p>Every point runs once per replication.
 */
public final class Designs {
  /** The design names, in the order help texts list them. */
  public static final List<String> NAMES =
      List.of("full-factorial", "latin-hypercube", "random", "sobol", "morris");

  private Designs() {}

  /**
   * The design called {@code type} with {@code options} (as read from the sweep file: whole
   * numbers may come as any {@link Number}).
   *
   * @throws DesignOptionException for an unknown design, or a missing, unknown or bad option
   */
  public static Design of(String type, Map<String, ?> options) {
    Options o = new Options(type, options == null ? Map.of() : options);
    return switch (type == null ? "" : type) {
      case "full-factorial" -> {
        o.only();
        yield new FullFactorial();
      }
      case "latin-hypercube" -> {
        o.only("points");
        yield new LatinHypercube(o.whole("points", 1, null, "e.g. points: 50"));
      }
      case "random" -> {
        o.only("points");
        yield new RandomDesign(o.whole("points", 1, null, "e.g. points: 50"));
      }
      case "sobol" -> {
        o.only("samples");
        yield new SaltelliSobol(o.whole("samples", 2, null, "the base sample size N;"
            + " the sweep runs N x (parameters + 2) points, e.g. samples: 256"));
      }
      case "morris" -> {
        o.only("trajectories", "levels");
        int r = o.whole("trajectories", 1, null,
            "the sweep runs trajectories x (parameters + 1) points; 10 to 50 is usual");
        int p = o.whole("levels", 2, MorrisDesign.DEFAULT_LEVELS, "an even number, e.g. 4");
        if (p % 2 != 0) {
          throw new DesignOptionException("levels", "option 'levels' of design 'morris' must be"
              + " even (so that each step is a whole number of grid levels), got " + p);
        }
        yield new MorrisDesign(r, p);
      }
      default -> throw new DesignOptionException(null,
          "unknown design '" + type + "'; known: " + String.join(", ", NAMES));
    };
  }

  /** One design's options, checked against what it accepts. */
  private record Options(String type, Map<String, ?> values) {
    void only(String... known) {
      Set<String> allowed = Set.of(known);
      for (String name : new TreeMap<>(values).keySet()) {
        if (!allowed.contains(name)) {
          throw new DesignOptionException(name, "unknown option '" + name + "' for design '"
              + type + "'; " + (known.length == 0 ? "it takes no options"
                  : "its options: " + String.join(", ", known)));
        }
      }
    }

    /** A whole number of at least {@code min}; {@code fallback} when absent (null: required). */
    int whole(String name, int min, Integer fallback, String hint) {
      Object v = values.get(name);
      if (v == null) {
        if (fallback != null) {
          return fallback;
        }
        throw new DesignOptionException(name,
            "design '" + type + "' needs option '" + name + "': " + hint);
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && d >= min && d <= Integer.MAX_VALUE) {
          return (int) d;
        }
      }
      throw new DesignOptionException(name, "option '" + name + "' of design '" + type
          + "' must be a whole number of at least " + min + ", got " + v + " (" + hint + ")");
    }
  }
}
