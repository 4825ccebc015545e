package org.citysim.app.sweep;

import java.util.List;
import org.citysim.app.sweep.local.LocalEngine;

/**
 * The engines {@code citysim sweep --engine NAME} can use. Engines other than the local one
 * plug in here, by name, so that the command never names their classes (and never loads their
 * libraries unless asked for).
 */
public final class SweepEngines {
  /** Engine names, the default first. */
  public static final List<String> NAMES = List.of("local", "spark");

  private SweepEngines() {}

  /**
   * The engine called {@code name}.
   *
   * @param runner makes each run
   * @throws IllegalArgumentException with a one-line message for an unknown or unavailable
   *                                  engine
   */
  public static SweepEngine create(String name, TaskRunner runner) {
    return switch (name) {
      case "local" -> new LocalEngine(runner);
      case "spark" -> throw new IllegalArgumentException(
          "the spark engine is not available in this build; use --engine local");
      default -> throw new IllegalArgumentException("unknown engine '" + name
          + "'; known: " + String.join(", ", NAMES));
    };
  }
}
