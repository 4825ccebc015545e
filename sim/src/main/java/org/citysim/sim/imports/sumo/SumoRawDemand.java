package org.citysim.sim.imports.sumo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.citysim.sim.imports.sumo.SumoReadLog.Loc;

/**
 * What the route files said, before types and route ids are resolved (they may be defined in any
 * file, before or after use). Filled by {@link SumoRouteFileParser}, resolved by
 * {@link SumoRouteReader}.
 */
final class SumoRawDemand {
  /** A {@code <vType>} as written; null numbers were not given. */
  record RawType(String id, String vClass, Double length, Double minGap, Double maxSpeed,
      Double probability, String emissionClass, String distribution, Loc loc) {}

  /** A {@code <vTypeDistribution>}: members listed by {@code vTypes}, with optional weights. */
  record RawDistribution(String id, List<String> refs, List<Double> probabilities, Loc loc) {}

  /** A vehicle inside the window; exactly one of routeRef, edges, (from, to) is set. */
  record Pending(String id, String type, double depart, String routeRef, List<String> edges,
      String from, String to) {}

  /** A reference to a type or route id, checked once per element that makes it. */
  record Ref(String id, Loc loc) {}

  final List<RawType> types = new ArrayList<>();
  final Map<String, RawDistribution> distributions = new LinkedHashMap<>();
  final Map<String, List<String>> routes = new HashMap<>();
  final List<Pending> vehicles = new ArrayList<>();
  final List<Ref> typeRefs = new ArrayList<>();
  final List<Ref> routeRefs = new ArrayList<>();
  final Set<String> vehicleIds = new HashSet<>();
  long droppedBefore;
  long droppedAfter;

  private final Map<String, String> edgeIds = new HashMap<>();
  /** Edge references met while parsing, checked against the network later. */
  private final List<EdgeCheck> edgeChecks = new ArrayList<>();

  /** Edge ids of one element, to check once the network is known. */
  private record EdgeCheck(Loc loc, String field, List<String> edges) {}

  SumoRawDemand() {}

  /**
   * Splits an {@code edges} attribute into an immutable list of shared edge-id strings; null when
   * empty. Whether the edges exist is checked later, by {@link #checkEdges}, so that route files
   * can be parsed while the network is still being read.
   */
  List<String> edges(String attr, Loc loc, String field, SumoReadLog log) {
    List<String> ids = new ArrayList<>();
    int n = attr.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(attr.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(attr.charAt(i))) {
        i++;
      }
      if (i > start) {
        ids.add(edge(attr.substring(start, i)));
      }
    }
    if (ids.isEmpty()) {
      log.problem(loc, field, "empty route", "list the edge ids separated by spaces");
      return null;
    }
    List<String> list = Collections.unmodifiableList(ids);
    edgeChecks.add(new EdgeCheck(loc, field, list));
    return list;
  }

  /** The shared instance of an edge id, checked later by {@link #checkEdges}. */
  String edgeRef(String id, Loc loc, String field) {
    String e = edge(id.trim());
    edgeChecks.add(new EdgeCheck(loc, field, List.of(e)));
    return e;
  }

  /** Reports every element that names an edge the network does not have (once per element). */
  void checkEdges(Predicate<String> edgeExists, SumoReadLog log) {
    Map<String, Boolean> known = new HashMap<>();
    for (EdgeCheck c : edgeChecks) {
      List<String> unknown = new ArrayList<>();
      for (String e : c.edges()) {
        if (!known.computeIfAbsent(e, edgeExists::test) && !unknown.contains(e)) {
          unknown.add(e);
        }
      }
      if (!unknown.isEmpty()) {
        log.problem(c.loc(), c.field(), "unknown edge" + (unknown.size() > 1 ? "s " : " ")
            + String.join(", ", unknown), "edge ids must exist in the network");
      }
    }
  }

  private String edge(String id) {
    return edgeIds.computeIfAbsent(id, k -> k);
  }

  /** Records a vehicle id, reporting a duplicate; false when duplicate. */
  boolean newId(String id, Loc loc, SumoReadLog log) {
    if (vehicleIds.add(id)) {
      return true;
    }
    log.problem(loc, "id", "duplicate vehicle id '" + id + "'",
        "vehicle, trip and flow ids (and flow members id.0, id.1, ...) must be unique");
    return false;
  }
}
