package org.citysim.app.sweep.file;

import java.util.Map;
import org.citysim.app.sweep.design.Design;
import org.citysim.app.sweep.design.Designs;

/**
 * Makes the design a sweep file names: {@code design: {type: latin-hypercube, points: 40}}
 * gives type {@code latin-hypercube} and options {@code {points: 40}}. The designs themselves
 * live in {@code sweep.design}; this is the one place the loader asks for them, so tests can
 * hand it designs of their own.
 */
@FunctionalInterface
public interface DesignFactory {
  /**
   * The design {@code type} with {@code options} (numbers as {@link Number}, texts as {@link
   * String}).
   *
   * @throws IllegalArgumentException with a one-line message naming what is wrong, for an
   *                                  unknown type or a missing, unknown or bad option
   */
  Design create(String type, Map<String, Object> options);

  /** The designs of {@link Designs}: full-factorial, latin-hypercube, random, sobol, morris. */
  static DesignFactory standard() {
    return Designs::of;
  }
}
