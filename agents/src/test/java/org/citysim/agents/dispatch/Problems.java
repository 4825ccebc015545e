package org.citysim.agents.dispatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.agents.dispatch.DispatchProblem.Incident;
import org.citysim.agents.dispatch.DispatchProblem.Unit;
import org.citysim.sim.random.RandomStream;

/** Test problems: hand-made travel-time tables and random instances. */
final class Problems {
  private Problems() {
  }

  /** A travel-time table filled pair by pair; unknown pairs are unreachable. */
  static final class Table implements TravelTime {
    private final Map<Long, Double> times = new HashMap<>();

    Table set(int from, int to, double seconds) {
      times.put(((long) from << 32) | to, seconds);
      return this;
    }

    @Override
    public double seconds(int from, int to) {
      return from == to ? 0 : times.getOrDefault(((long) from << 32) | to,
          Double.POSITIVE_INFINITY);
    }
  }

  static Unit unit(String id, UnitKind kind, int node) {
    return new Unit(id, kind, node, 0);
  }

  static Incident incident(String id, int node, int priority, double reported, UnitKind... kinds) {
    return new Incident(id, node, EnumSet.copyOf(List.of(kinds)), priority, reported,
        reported + 3600, 600);
  }

  /**
   * A random instance: units of mixed kinds on nodes 0..units-1, incidents on nodes 100.., each
   * needing one or two kinds, travel times uniform in [30, 900) s, some units busy for a while.
   */
  static DispatchProblem random(RandomStream rnd, int units, int incidents, double now) {
    UnitKind[] kinds = UnitKind.values();
    List<Unit> us = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      double free = rnd.uniform() < 0.3 ? now + rnd.uniform(0, 300) : now - 1;
      us.add(new Unit("u" + u, kinds[u % kinds.length], u, free));
    }
    List<Incident> is = new ArrayList<>();
    for (int i = 0; i < incidents; i++) {
      Set<UnitKind> need = EnumSet.of(kinds[rnd.nextInt(kinds.length)]);
      if (rnd.uniform() < 0.4) {
        need.add(kinds[rnd.nextInt(kinds.length)]);
      }
      double reported = now - rnd.uniform(0, 120);
      is.add(new Incident("i" + i, 100 + i, need, 1 + rnd.nextInt(3), reported,
          reported + rnd.uniform(600, 1800), 900));
    }
    Table t = new Table();
    for (int u = 0; u < units; u++) {
      for (int i = 0; i < incidents; i++) {
        t.set(u, 100 + i, rnd.uniform(30, 900));
      }
    }
    return new DispatchProblem(now, us, is, t);
  }
}
