package org.citysim.sim.imports.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.citysim.sim.scenario.Problem;

/**
 * Turns the active {@code tlLogic} programs into one fixed-time plan per signalised junction.
 *
 * <ul>
 *   <li>Every program runs as fixed time with its listed durations, whatever its type: the queue
 *       model has no detectors inside SUMO's actuated logic; a controller agent may replace the
 *       plan. Non-static types are reported once per type.
 *   <li>Green characters are {@code G} and {@code g} (priority / yielding green), and also {@code
 *       o}, {@code O} (signal off, priority rules apply) and {@code s} (stop, then go): in all of
 *       them SUMO lets vehicles pass, and right-of-way is not modelled here. Yellow ({@code y},
 *       {@code Y}), red-yellow ({@code u}) and red ({@code r}) are not green: the queue model
 *       discharges a signalised exit at saturation flow during <em>effective</em> green, so
 *       yellow counts as intergreen, where the start-up and clearance lost time goes.
 *   <li>A movement is green in a phase if any of its lane connections is. A traffic light may
 *       control several junctions (joined signals): each junction gets its own plan with the
 *       program's durations and offset, its phases holding only that junction's movements.
 *   <li>A movement at a signalised junction without any controlled lane connection (SUMO's
 *       uncontrolled connections) is green in every phase. One whose connections are never
 *       green would wait forever, as in SUMO: it is dropped from the network with a warning.
 * </ul>
 */
final class SignalPlanMapper {
  private static final String GREEN = "GgoOs";

  /**
   * A plan in SUMO terms, before the network gives movements their indices.
   *
   * @param node      junction id
   * @param offset    start of phase 0 [s]
   * @param durations phase durations [s]
   * @param green     per phase, the movements with green
   */
  record NodePlan(String node, double offset, List<Double> durations,
      List<List<SumoMovement>> green) {}

  /**
   * Plans and the movements to drop.
   *
   * @param plans   one per signalised junction
   * @param dropped movements that never get green
   */
  record Result(List<NodePlan> plans, Set<SumoMovement> dropped) {}

  private final SumoNetData d;
  private final List<Problem> problems;
  private final List<String> warnings;

  SignalPlanMapper(SumoNetData d, List<Problem> problems, List<String> warnings) {
    this.d = d;
    this.problems = problems;
    this.warnings = warnings;
  }

  /** Maps the programs of the traffic lights that control {@code movements}. */
  Result map(List<SumoMovement> movements, Path netFile) {
    Map<String, String> tlOfNode = new LinkedHashMap<>();
    Map<String, Integer> maxIndex = new HashMap<>();
    Map<String, List<SumoMovement>> atNode = new LinkedHashMap<>();
    for (SumoMovement m : movements) {
      String node = d.edges.get(m.from()).to();
      atNode.computeIfAbsent(node, k -> new ArrayList<>()).add(m);
      for (TlLink l : m.links()) {
        maxIndex.merge(l.tl(), l.index(), Math::max);
        String prev = tlOfNode.putIfAbsent(node, l.tl());
        if (prev != null && !prev.equals(l.tl())) {
          problems.add(new Problem(netFile, m.line(), m.column(), "connection",
              "junction " + node + " is controlled by two traffic lights, " + prev + " and "
                  + l.tl(), "one tl id for all signal-controlled connections of a junction"));
        }
      }
    }
    boolean ok = checkPrograms(maxIndex, movements, netFile);
    reportPrograms(maxIndex);
    List<NodePlan> plans = new ArrayList<>();
    Set<SumoMovement> dropped = new LinkedHashSet<>();
    if (ok) {
      tlOfNode.forEach((node, tl) ->
          plans.add(plan(node, d.programs.get(tl), atNode.get(node), dropped)));
    }
    if (!dropped.isEmpty()) {
      warnings.add("dropped " + dropped.size() + " movement(s) that are never green at a"
          + " signalised junction (SUMO holds them at red forever): " + sample(
          dropped.stream().map(m -> m.from() + ">" + m.to()).toList()));
    }
    return new Result(plans, dropped);
  }

  private NodePlan plan(String node, TlProgram p, List<SumoMovement> moves,
      Set<SumoMovement> dropped) {
    List<Double> durations = new ArrayList<>();
    List<List<SumoMovement>> green = new ArrayList<>();
    Set<SumoMovement> everGreen = new LinkedHashSet<>();
    for (TlProgram.Phase ph : p.phases()) {
      List<SumoMovement> g = new ArrayList<>();
      for (SumoMovement m : moves) {
        if (isGreen(m, p.id(), ph.state())) {
          g.add(m);
          everGreen.add(m);
        }
      }
      durations.add(ph.duration());
      green.add(g);
    }
    for (SumoMovement m : moves) {
      if (!everGreen.contains(m)) {
        dropped.add(m);
      }
    }
    return new NodePlan(node, p.offset(), durations, green);
  }

  private static boolean isGreen(SumoMovement m, String tl, String state) {
    if (m.links().isEmpty()) {
      return true;
    }
    for (TlLink l : m.links()) {
      if (l.tl().equals(tl) && GREEN.indexOf(state.charAt(l.index())) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Each used traffic light needs a program whose states cover its link indices. */
  private boolean checkPrograms(Map<String, Integer> maxIndex, List<SumoMovement> movements,
      Path netFile) {
    int before = problems.size();
    Map<String, SumoMovement> firstUse = new HashMap<>();
    movements.forEach(m -> m.links().forEach(l -> firstUse.putIfAbsent(l.tl(), m)));
    maxIndex.forEach((tl, max) -> {
      TlProgram p = d.programs.get(tl);
      if (p == null) {
        SumoMovement m = firstUse.get(tl);
        problems.add(new Problem(netFile, m.line(), m.column(), "connection.tl",
            "traffic light '" + tl + "' has no <tlLogic>",
            "a <tlLogic id=\"" + tl + "\"> in the net or in an additional file"));
        return;
      }
      for (TlProgram.Phase ph : p.phases()) {
        if (ph.state().length() < max + 1) {
          problems.add(new Problem(p.file(), ph.line(), 0, "tlLogic[" + tl + "].phase.state",
              "bad phase string length: " + ph.state().length() + " characters, but connections"
                  + " use link index " + max,
              "one signal character per link index, at least " + (max + 1)));
        }
      }
    });
    return problems.size() == before;
  }

  private void reportPrograms(Map<String, Integer> used) {
    Map<String, Integer> types = new TreeMap<>();
    List<String> unused = new ArrayList<>();
    d.programs.forEach((tl, p) -> {
      if (!used.containsKey(tl)) {
        unused.add(tl);
      } else if (!"static".equals(p.type())) {
        types.merge(p.type(), 1, Integer::sum);
      }
    });
    types.forEach((type, n) -> warnings.add(n + " traffic light(s) of type '" + type
        + "' run as fixed time with their listed phase durations"));
    if (!unused.isEmpty()) {
      warnings.add(unused.size() + " tlLogic program(s) control no imported connection: "
          + sample(unused));
    }
    if (!d.replacedPrograms.isEmpty()) {
      warnings.add(d.replacedPrograms.size() + " traffic light(s) run a later-loaded program"
          + " instead of an earlier one (the last loaded is active, as in SUMO): "
          + sample(List.copyOf(d.replacedPrograms)));
    }
    if (!d.phaseNext.isEmpty()) {
      warnings.add("phase 'next' attributes ignored at traffic light(s) " + sample(
          d.phaseNext.stream().distinct().toList()) + ": phases run in listed order");
    }
  }

  static String sample(List<String> items) {
    return String.join(", ", items.subList(0, Math.min(10, items.size())))
        + (items.size() > 10 ? ", ..." : "");
  }
}
