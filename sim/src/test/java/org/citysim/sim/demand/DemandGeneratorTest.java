package org.citysim.sim.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.DemandSpec.OdFlowSpec;
import org.citysim.sim.scenario.DemandSpec.Places;
import org.citysim.sim.scenario.DemandSpec.RandomDemandSpec;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.TimeProfile;
import org.junit.jupiter.api.Test;

class DemandGeneratorTest {
  private static final RoadNetwork GRID = GridFactory.build(
      new GridSpec(5, 5, 100, 1, 10, 1800, new GridSignals(false, 60, 4, 0.5, 0)), 7.5).network();

  private static DemandGenerator generator(long seed, double start, double end) {
    return new DemandGenerator(GRID, new RandomStreams(seed, 0).stream("demand"), start, end);
  }

  private static DemandSpec flows(TimeProfile profile, OdFlowSpec... flows) {
    return new DemandSpec(profile, List.of(flows), Optional.empty(), List.of());
  }

  @Test
  void sameStreamAndSeed_giveIdenticalTrips() {
    DemandSpec spec = flows(TimeProfile.flat(), new OdFlowSpec("r0c0", "r4c4", 500),
        new OdFlowSpec("r2c0", "r0c3", 300));
    RandomDemandSpec random = new RandomDemandSpec(2000, Places.ALL);
    DemandGenerator a = generator(42, 7 * 3600, 9 * 3600);
    DemandGenerator b = generator(42, 7 * 3600, 9 * 3600);
    List<Trip> fa = a.flows(spec);
    List<Trip> ra = a.random(random, TimeProfile.flat());
    assertTrue(fa.size() > 100 && ra.size() > 1000, "test needs real demand");
    assertEquals(fa, b.flows(spec));
    assertEquals(ra, b.random(random, TimeProfile.flat()));
    // Control: another seed gives other trips.
    assertNotEquals(fa, generator(43, 7 * 3600, 9 * 3600).flows(spec));
  }

  @Test
  void flowCountsPerInterval_matchRateTimesDurationTimesFactor_within5Sigma() {
    // 10 one-hour intervals, factors 0.5..2.0; a 600 veh/h flow.
    double[] factors = {0.5, 1.0, 1.5, 2.0, 1.0, 0.7, 1.2, 1.8, 0.9, 1.1};
    TimeProfile profile = new TimeProfile(0, 3600, factors);
    List<Trip> trips = generator(7, 0, 36_000)
        .flows(flows(profile, new OdFlowSpec("r0c0", "r4c4", 600)));
    int[] counts = new int[factors.length];
    for (Trip t : trips) {
      counts[(int) (t.departure() / 3600)]++;
    }
    double totalMean = 0;
    for (int i = 0; i < factors.length; i++) {
      double mean = 600 * factors[i];
      totalMean += mean;
      assertEquals(mean, counts[i], 5 * Math.sqrt(mean), "interval " + i);
    }
    assertEquals(totalMean, trips.size(), 5 * Math.sqrt(totalMean), "whole window");
  }

  @Test
  void zeroFactorIntervals_getNoTrips_andDeparturesStayInsideTheirInterval() {
    // Profile 08:00 + 4 x 900 s: [1, 0, 3, 0]; the window 07:30-08:50 cuts it on both sides.
    TimeProfile profile = new TimeProfile(8 * 3600, 900, new double[] {1, 0, 3, 0});
    double start = 7.5 * 3600;
    double end = 8 * 3600 + 3000;
    DemandGenerator gen = generator(3, start, end);
    List<Trip> trips = gen.flows(flows(profile, new OdFlowSpec("r0c0", "r4c4", 3600),
        new OdFlowSpec("r4c0", "r0c4", 1800)));
    trips.addAll(gen.random(new RandomDemandSpec(3600, Places.ALL), profile));
    assertTrue(trips.size() > 1000, "test needs real demand");
    int inThird = 0;
    for (Trip t : trips) {
      double dep = t.departure();
      assertTrue(dep >= start && dep <= end, t + " outside the window");
      assertTrue(dep >= profile.start(), t + " before the profile starts (factor 0)");
      assertTrue(profile.factorAt(dep) > 0, t + " departs in a zero-factor interval");
      if (dep >= 8 * 3600 + 1800) {
        inThird++;
        assertTrue(dep < end, t + " after the window cuts the third interval");
      }
    }
    assertTrue(inThird > 0, "the cut third interval still gets trips");
  }

  @Test
  void departuresOfEachFlow_areSortedWithinTheWindow() {
    TimeProfile profile = new TimeProfile(0, 600, new double[] {1, 2, 1, 2, 1, 2});
    List<Trip> trips = generator(11, 300, 3300)
        .flows(flows(profile, new OdFlowSpec("r0c0", "r4c4", 2000)));
    for (int i = 1; i < trips.size(); i++) {
      assertTrue(trips.get(i).departure() >= trips.get(i - 1).departure(), "sorted at " + i);
    }
    assertTrue(trips.get(0).departure() >= 300);
    assertTrue(trips.get(trips.size() - 1).departure() <= 3300);
  }

  @Test
  void randomDemand_neverHasOriginEqualDestination_andBoundaryUsesOnlyBoundaryNodes() {
    List<Trip> trips = generator(5, 0, 3600)
        .random(new RandomDemandSpec(5000, Places.BOUNDARY), TimeProfile.flat());
    assertTrue(trips.size() > 4000, "test needs real demand");
    Set<Integer> boundary = new HashSet<>();
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 5; c++) {
        if (r == 0 || r == 4 || c == 0 || c == 4) {
          boundary.add(GRID.nodeIndex(GridFactory.nodeId(r, c)));
        }
      }
    }
    assertEquals(16, boundary.size());
    Set<Integer> used = new HashSet<>();
    for (Trip t : trips) {
      assertNotEquals(t.origin(), t.destination(), t + " starts where it ends");
      assertTrue(boundary.contains(t.origin()), t + ": interior origin");
      assertTrue(boundary.contains(t.destination()), t + ": interior destination");
      used.add(t.origin());
      used.add(t.destination());
    }
    assertEquals(boundary, used, "every boundary node is used");
  }

  @Test
  void randomDemand_allPlaces_usesInteriorNodesToo_andCoversEveryPair() {
    List<Trip> trips = generator(6, 0, 3600)
        .random(new RandomDemandSpec(20_000, Places.ALL), TimeProfile.flat());
    Set<Long> pairs = new HashSet<>();
    for (Trip t : trips) {
      assertNotEquals(t.origin(), t.destination(), t + " starts where it ends");
      pairs.add((long) t.origin() * 100 + t.destination());
    }
    // 25 * 24 = 600 ordered pairs, ~33 trips each: all should appear if the draw is uniform.
    assertEquals(600, pairs.size());
    assertFalse(pairs.contains(0L), "no pair of a node with itself");
  }
}
