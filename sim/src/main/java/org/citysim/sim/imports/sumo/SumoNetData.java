package org.citysim.sim.imports.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the parsers collected from the net and additional files, before it is checked. */
final class SumoNetData {
  final Map<String, SumoJunction> junctions = new LinkedHashMap<>();
  final Map<String, SumoEdge> edges = new LinkedHashMap<>();
  /** Pedestrian crossings and walking areas: skipped, but connections may name them. */
  final Set<String> pedestrianEdges = new HashSet<>();
  final Map<String, SumoMovement> movements = new LinkedHashMap<>();
  /** Active program per traffic-light id: the last one loaded. */
  final Map<String, TlProgram> programs = new LinkedHashMap<>();
  /** Traffic lights whose program was replaced by a later-loaded one. */
  final Set<String> replacedPrograms = new LinkedHashSet<>();
  /** Traffic lights with a phase that names its successor ({@code next}). */
  final List<String> phaseNext = new ArrayList<>();
  final IgnoredElements ignored = new IgnoredElements();
  /** Time to cross each internal lane at its speed limit [s], by lane id. */
  final Map<String, Double> internalLaneTime = new HashMap<>();
  /** Internal lane that an internal lane continues on, by lane id (internal junctions). */
  final Map<String, String> internalNext = new HashMap<>();
  int internalEdges;
  int internalJunctions;
  int internalConnections;

  /** Merges one lane connection into its movement. */
  void addConnection(String from, String to, int fromLane, String via, int line, int column,
      TlLink link) {
    SumoMovement m = movements.computeIfAbsent(from + '\n' + to,
        k -> new SumoMovement(from, to, line, column, new LinkedHashSet<>(),
            new java.util.TreeSet<>(), new ArrayList<>()));
    m.fromLanes().add(fromLane);
    if (via != null) {
      m.vias().add(via);
    }
    if (link != null) {
      m.links().add(link);
    }
  }

  /** Makes {@code p} the active program of its traffic light. */
  void addProgram(TlProgram p) {
    if (programs.remove(p.id()) != null) {
      replacedPrograms.add(p.id());
    }
    programs.put(p.id(), p);
  }
}
