package org.citysim.sim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user error in a scenario or one of the files it references. Carries every problem found, so
 * the user can fix them all at once; the CLI prints one line per problem and exits with code 2.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
