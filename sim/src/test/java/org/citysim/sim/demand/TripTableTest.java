package org.citysim.sim.demand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TripTableTest {
  private final TripTable table = new TripTable(
      List.of(new Trip("fixed", 0, 1, 0), new Trip("free", 0, 1, 5)),
      new int[][] {{0, 1, 2}, {0, 1, 2}}, new double[] {30, 30}, new boolean[] {false, true});

  @Test
  void replaceRoute_keepsEndsAndTakesTheNewFreeFlowTime() {
    assertFalse(table.routeOnEntry(0));
    assertTrue(table.routeOnEntry(1));
    table.replaceRoute(1, new int[] {0, 3, 4, 2}, 42);
    assertArrayEquals(new int[] {0, 3, 4, 2}, table.route(1));
    assertEquals(42, table.freeFlowTime(1));
    assertArrayEquals(new int[] {0, 1, 2}, table.route(0), "the other trip keeps its route");
  }

  @Test
  void replaceRoute_refusesFixedTripsAndOtherEnds() {
    assertThrows(IllegalStateException.class, () -> table.replaceRoute(0, new int[] {0, 2}, 1));
    assertThrows(IllegalArgumentException.class, () -> table.replaceRoute(1, new int[] {3, 2}, 1));
    assertThrows(IllegalArgumentException.class, () -> table.replaceRoute(1, new int[] {0, 3}, 1));
  }

  @Test
  void tablesWithoutFlags_haveFixedRoutes() {
    TripTable t = new TripTable(List.of(new Trip("a", 0, 1, 0)), new int[][] {{0}},
        new double[] {1});
    assertFalse(t.routeOnEntry(0));
  }
}
