package org.citysim.app.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * What every run of a sweep shares. Serializable, and self-contained enough for a remote
 * executor: it carries the base scenario's text, not just its path.
 *
 * @param scenarioFile the base scenario file as given (its folder resolves the files the
 *                     scenario references, e.g. a SUMO network)
 * @param scenarioYaml the base scenario's text, as read when the sweep started
 * @param kpis         {@code summary.json} paths to collect (e.g. {@code delay.mean})
 * @param parallelism  runs at once (local: threads; Spark: the default parallelism hint)
 */
public record SweepJob(String scenarioFile, String scenarioYaml, List<String> kpis,
    int parallelism) implements Serializable {
  public SweepJob {
    kpis = List.copyOf(kpis);
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
  }
}
