package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LinkCellsTest {
  private final CellGrid grid = new CellGrid(0, 0, 10, 10, 10);

  private LinkCells one(double x1, double y1, double x2, double y2) {
    return LinkCells.of(grid, new double[] {x1}, new double[] {y1}, new double[] {x2},
        new double[] {y2}, new String[] {"l"});
  }

  @Test
  void horizontalLink_isSplitByLengthPerCell() {
    LinkCells lc = one(5, 15, 32, 15); // 5 m in cell 10, 10 in 11, 10 in 12, 2 in 13
    assertEquals(4, lc.end(0) - lc.start(0));
    double[] want = {5 / 27.0, 10 / 27.0, 10 / 27.0, 2 / 27.0};
    for (int i = 0; i < 4; i++) {
      assertEquals(10 + i, lc.cell(lc.start(0) + i));
      assertEquals(want[i], lc.weight(lc.start(0) + i), 1e-12);
    }
  }

  @Test
  void diagonalLink_throughACorner_splitsEvenly() {
    LinkCells lc = one(5, 5, 15, 15); // through the corner (10, 10): halves in cells 0 and 11
    assertEquals(2, lc.end(0) - lc.start(0));
    assertEquals(0, lc.cell(0));
    assertEquals(11, lc.cell(1));
    assertEquals(0.5, lc.weight(0), 1e-12);
    assertEquals(0.5, lc.weight(1), 1e-12);
  }

  @Test
  void zeroLengthLink_putsAllInItsCell() {
    LinkCells lc = one(35, 45, 35, 45);
    assertEquals(1, lc.end(0) - lc.start(0));
    assertEquals(43, lc.cell(0));
    assertEquals(1.0, lc.weight(0));
  }

  @Test
  void linkLeavingTheGrid_isAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> one(5, 5, 150, 5));
    assertTrue(e.getMessage().startsWith("link l from (5.0, 5.0) to (150.0, 5.0) leaves"),
        e.getMessage());
  }

  @Property(tries = 200)
  void weightsSumToOne_andSpreadConservesMass(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 1 + rnd.nextInt(20);
    double[] x1 = new double[m];
    double[] y1 = new double[m];
    double[] x2 = new double[m];
    double[] y2 = new double[m];
    double[] grams = new double[m];
    double total = 0;
    for (int l = 0; l < m; l++) {
      x1[l] = rnd.nextDouble(100);
      y1[l] = rnd.nextDouble(100);
      x2[l] = rnd.nextInt(3) == 0 ? x1[l] : rnd.nextDouble(100);
      y2[l] = rnd.nextDouble(100);
      grams[l] = rnd.nextDouble(5);
      total += grams[l];
    }
    LinkCells lc = LinkCells.of(grid, x1, y1, x2, y2, null);
    for (int l = 0; l < m; l++) {
      double s = 0;
      for (int i = lc.start(l); i < lc.end(l); i++) {
        assertTrue(lc.weight(i) > 0, "seed " + seed);
        // The midpoint rule must not put weight in a cell far from the segment.
        s += lc.weight(i);
      }
      assertEquals(1.0, s, 1e-12, "seed " + seed);
      // A segment of length L crosses at most L/10 * 2 + 2 cells on a 10 m grid.
      double len = Math.hypot(x2[l] - x1[l], y2[l] - y1[l]);
      assertTrue(lc.end(l) - lc.start(l) <= 2 * len / 10 + 3, "seed " + seed);
    }
    double[] cells = new double[grid.cellCount()];
    lc.spread(grams, cells);
    double sum = 0;
    for (double c : cells) {
      sum += c;
    }
    assertEquals(total, sum, 1e-12 * Math.max(1, total), "seed " + seed);
  }
}
