package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.junit.jupiter.api.Test;

class CellGridTest {
  @Test
  void cellOf_mapsPointsRowMajorAndMinusOneOutside() {
    CellGrid g = new CellGrid(100, 200, 10, 4, 3);
    assertEquals(0, g.cellOf(100, 200));
    assertEquals(1, g.cellOf(110, 200));
    assertEquals(4 + 2, g.cellOf(125, 215));
    assertEquals(11, g.cellOf(140, 230)); // far corner belongs to the last cell
    assertEquals(-1, g.cellOf(99.9, 205));
    assertEquals(-1, g.cellOf(105, 230.1));
    assertEquals(-1, g.cellOf(Double.NaN, 205));
    assertEquals(125, g.centerX(6), 1e-12);
    assertEquals(215, g.centerY(6), 1e-12);
  }

  @Test
  void frozenNeighbours_matchTheJGraphTGraph() {
    CellGrid g = new CellGrid(0, 0, 1, 5, 4);
    assertEquals(20, g.graph().vertexSet().size());
    assertEquals(4 * 4 + 5 * 3, g.graph().edgeSet().size());
    assertEquals(g.edgeCount(), g.graph().edgeSet().size());
    for (int c = 0; c < g.cellCount(); c++) {
      int ix = c % 5;
      int iy = c / 5;
      assertEquals(ix < 4 ? c + 1 : -1, g.east()[c]);
      assertEquals(ix > 0 ? c - 1 : -1, g.west()[c]);
      assertEquals(iy < 3 ? c + 5 : -1, g.north()[c]);
      assertEquals(iy > 0 ? c - 5 : -1, g.south()[c]);
      int degree = (ix < 4 ? 1 : 0) + (ix > 0 ? 1 : 0) + (iy < 3 ? 1 : 0) + (iy > 0 ? 1 : 0);
      assertEquals(degree, g.graph().degreeOf(c));
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      assertTrue(g.graph().containsEdge(g.edgeA(e), g.edgeB(e)));
    }
  }

  @Test
  void singleColumnGrid_hasOnlyNorthSouthNeighbours() {
    CellGrid g = new CellGrid(0, 0, 1, 1, 3);
    assertEquals(1, g.north()[0]);
    assertEquals(-1, g.east()[0]);
    assertEquals(0, g.south()[1]);
    CellGrid one = new CellGrid(0, 0, 1, 1, 1);
    assertEquals(1, one.graph().vertexSet().size());
    assertEquals(0, one.edgeCount());
  }

  @Test
  void tooManyCells_failsWithTheCountAndACellSizeThatFits() {
    GridTooLargeException e = assertThrows(GridTooLargeException.class,
        () -> CellGrid.covering(0, 0, 50_000, 40_000, 10, 0, CellGrid.DEFAULT_MAX_CELLS));
    assertEquals(5000L * 4000, e.cells());
    assertTrue(e.getMessage().contains("20000000 cells exceeds the limit of 4000000"),
        e.getMessage());
    assertTrue(e.getMessage().contains("raise the cell size (now 10.0 m)"), e.getMessage());
    CellGrid fits = CellGrid.covering(0, 0, 50_000, 40_000, e.suggestedCellSize(), 0,
        CellGrid.DEFAULT_MAX_CELLS);
    assertTrue(fits.cellCount() <= CellGrid.DEFAULT_MAX_CELLS);
    assertTrue(e.suggestedCellSize() < 30, "hint should be close: " + e.suggestedCellSize());
  }

  @Test
  void covering_aNetwork_containsEveryNodeWithTheMargin() throws Exception {
    RoadNetwork net = new RoadNetworkBuilder()
        .addNode("a", -120, 30).addNode("b", 480, 30).addNode("c", 480, 905)
        .addLink("ab", "a", "b", 600, 1, 10, 1800).addLink("bc", "b", "c", 875, 1, 10, 1800)
        .build();
    CellGrid g = CellGrid.covering(net, 50, 100);
    assertEquals(-220, g.x0(), 1e-12);
    assertEquals(-70, g.y0(), 1e-12);
    assertTrue(g.maxX() >= 580 && g.maxY() >= 1005);
    assertEquals(16, g.nx());
    assertEquals(22, g.ny());
    for (int i = 0; i < net.nodeCount(); i++) {
      assertTrue(g.cellOf(net.node(i).x(), net.node(i).y()) >= 0);
    }
  }

  @Test
  void stationOutside_namesTheStationAndTheGridExtent() {
    CellGrid g = new CellGrid(0, 0, 10, 10, 10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> g.cellOf(new Station("harbour", 150, 20)));
    assertEquals("station harbour at (150.0, 20.0) lies outside the pollution grid "
        + "[0.0, 100.0] x [0.0, 100.0] m; move the station or widen the grid margin",
        e.getMessage());
  }
}
