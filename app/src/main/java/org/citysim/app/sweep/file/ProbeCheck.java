package org.citysim.app.sweep.file;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.Parameter;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Tries a sweep's overrides on its base scenario: the constant {@code set} overrides alone,
 * then each parameter's extreme values (a range's min and max, every level or choice) one
 * parameter at a time, then all parameters at their lowest and at their highest values
 * together. Each refused override is reported at the sweep-file entry that made it.
 */
final class ProbeCheck {
  private final ScenarioProbe probe;
  private final Problems problems;

  ProbeCheck(ScenarioProbe probe, Problems problems) {
    this.probe = probe;
    this.problems = problems;
  }

  /**
   * Records refused overrides in the sweep file's problems.
   *
   * @throws ScenarioException when the base scenario itself is invalid: its own problems,
   *                           located in the scenario file
   */
  void check(List<String> set, List<Val> setVals, List<Parameter> parameters,
      List<Val> paramVals) throws ScenarioException {
    List<Problem> base = probe.problems(set);
    if (!base.isEmpty()) {
      List<Problem> own = new ArrayList<>();
      for (Problem p : base) {
        int i = fromSet(p, set);
        if (i >= 0) {
          Val v = setVals.get(i);
          problems.add(v.loc(), v.path(), "the scenario refuses '" + set.get(i) + "': "
              + ScenarioProbe.brief(p), p.hint());
        } else {
          own.add(p);
        }
      }
      if (!own.isEmpty()) {
        throw new ScenarioException(own);
      }
      return;
    }
    boolean each = true;
    for (int i = 0; i < parameters.size(); i++) {
      each &= checkOne(parameters.get(i), set, paramVals.get(i));
    }
    if (!each || parameters.size() < 2) {
      return;
    }
    for (boolean high : new boolean[] {false, true}) {
      List<String> overrides = new ArrayList<>(set);
      for (Parameter p : parameters) {
        Object v = p instanceof Parameter.Range ? p.at(high ? 1 : 0)
            : p.level(high ? p.levelCount() - 1 : 0);
        overrides.add(p.path() + "=" + Parameter.text(v));
      }
      List<Problem> found = probe.problems(overrides);
      if (!found.isEmpty()) {
        Val at = paramVals.get(0);
        problems.add(at.loc(), "parameters", "the scenario refuses the parameters all at their "
            + (high ? "highest" : "lowest") + " values together: "
            + ScenarioProbe.brief(found.get(0)), found.get(0).hint());
        return;
      }
    }
  }

  /** Tries every extreme value of {@code p}; false after reporting the first refused one. */
  private boolean checkOne(Parameter p, List<String> set, Val at) {
    List<Object> values = new ArrayList<>();
    if (p instanceof Parameter.Range) {
      values.add(p.at(0));
      values.add(p.at(1));
    } else {
      for (int i = 0; i < p.levelCount(); i++) {
        values.add(p.level(i));
      }
    }
    for (Object v : values) {
      String override = p.path() + "=" + Parameter.text(v);
      List<String> overrides = new ArrayList<>(set);
      overrides.add(override);
      List<Problem> found = probe.problems(overrides);
      if (!found.isEmpty()) {
        Problem first = found.get(0);
        problems.add(at.loc(), at.path(), "the scenario refuses '" + override + "': "
            + ScenarioProbe.brief(first), first.hint());
        return false;
      }
    }
    return true;
  }

  /** The index of the {@code set} override a problem came from, or -1. */
  private static int fromSet(Problem p, List<String> set) {
    for (int i = 0; i < set.size(); i++) {
      if (p.line() == 0 && p.message().endsWith("(from --set " + set.get(i) + ")")) {
        return i;
      }
    }
    return -1;
  }
}
