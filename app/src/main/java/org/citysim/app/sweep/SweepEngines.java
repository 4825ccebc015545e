package org.citysim.app.sweep;

import java.util.List;
import org.citysim.app.sweep.launch.EngineUnavailableException;
import org.citysim.app.sweep.launch.SparkEngines;
import org.citysim.app.sweep.launch.SparkOptions;
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
      case "spark" -> spark(runner);
      default -> throw new IllegalArgumentException("unknown engine '" + name
          + "'; known: " + String.join(", ", NAMES));
    };
  }

  /**
   * Spark, embedded ({@code local[P]} with the sweep's parallelism) or on the cluster that
   * spark-submit names; its jars load only now (docs/sweeps-spark.md).
   */
  private static SweepEngine spark(TaskRunner runner) {
    try {
      return SparkEngines.create(runner, SparkOptions.defaults());
    } catch (EngineUnavailableException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
