package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: write scenario files and collect the problems of a failing load. */
final class Yaml {
  private Yaml() {}

  static final String GRID = """
      name: grid-town
      simulation:
        start: "07:00"
        end: "09:00"
      network:
        grid:
          rows: 6
          columns: 6
      demand:
        random: {rate: 3000}
      """;

  static Path write(Path dir, String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      return Files.writeString(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Problem> problems(Path file, String... overrides) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> new ScenarioLoader().load(file, List.of(overrides)));
    return e.problems();
  }

  static List<Problem> problemsOf(Path dir, String yaml, String... overrides) {
    return problems(write(dir, "s.yaml", yaml), overrides);
  }

  static Scenario load(Path dir, String yaml, String... overrides) throws ScenarioException {
    return new ScenarioLoader().load(write(dir, "s.yaml", yaml), List.of(overrides));
  }
}
