package org.citysim.app.sweep.file;

import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;

/**
 * Loads the base scenario with overrides, as a run would, to find out before any run whether
 * the scenario accepts them. Loading validates the whole scenario but builds nothing, so a
 * probe costs milliseconds.
 */
final class ScenarioProbe {
  private final ScenarioLoader loader = new ScenarioLoader();
  private final Path scenario;
  private final String text;

  ScenarioProbe(Path scenario, String text) {
    this.scenario = scenario;
    this.text = text;
  }

  /** The problems of the scenario with {@code overrides}, empty when it loads. */
  List<Problem> problems(List<String> overrides) {
    try {
      loader.load(scenario, text, overrides);
      return List.of();
    } catch (ScenarioException e) {
      return e.problems();
    }
  }

  /**
   * A scenario problem in a few words, for a sweep-file error: its field and message without
   * the "(from --set ...)" note, which the sweep-file error says in its own way.
   */
  static String brief(Problem p) {
    String message = p.message().replaceFirst(" \\(from --set [^)]*\\)$", "");
    return (p.field().isEmpty() ? "" : p.field() + ": ") + message;
  }
}
