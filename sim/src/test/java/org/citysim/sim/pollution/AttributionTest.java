package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final int LINKS = 6;

  /** A recorded run: per step its length, wind and link grams. */
  private record Run(CellGrid grid, DispersionParams params, Boundary boundary, LinkCells links,
      double[] dts, WindPeriod[] winds, double[][] grams, double[] initial) {

    static Run random(long seed, Boundary boundary) {
      SplittableRandom rnd = new SplittableRandom(seed);
      CellGrid grid = new CellGrid(0, 0, 50, 16, 12);
      double[] x1 = new double[LINKS];
      double[] y1 = new double[LINKS];
      double[] x2 = new double[LINKS];
      double[] y2 = new double[LINKS];
      for (int l = 0; l < LINKS; l++) {
        x1[l] = 100 + rnd.nextDouble(600);
        y1[l] = 100 + rnd.nextDouble(400);
        x2[l] = 100 + rnd.nextDouble(600);
        y2[l] = 100 + rnd.nextDouble(400);
      }
      LinkCells links = LinkCells.of(grid, x1, y1, x2, y2, null);
      DispersionParams params = new DispersionParams(20, 0.1, 0.25, 8, 2e-4, 20);
      int steps = 30;
      double[] dts = new double[steps];
      WindPeriod[] winds = new WindPeriod[steps];
      double[][] grams = new double[steps][LINKS];
      for (int s = 0; s < steps; s++) {
        dts[s] = 30 + rnd.nextInt(4) * 30;
        winds[s] = boundary == Boundary.OPEN
            ? new WindPeriod(0, rnd.nextDouble(6), rnd.nextDouble(360)) : WindPeriod.calm();
        for (int l = 0; l < LINKS; l++) {
          grams[s][l] = rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble(3);
        }
      }
      double[] initial = new double[grid.cellCount()];
      for (int i = 0; i < initial.length; i++) {
        initial[i] = 8 + rnd.nextDouble(4);
      }
      return new Run(grid, params, boundary, links, dts, winds, grams, initial);
    }

    DispersionModel model() {
      DispersionModel m = new DispersionModel(grid, params, boundary, 100);
      m.setConcentrations(initial);
      return m;
    }

    /** Forward run with only the links in {@code keep} emitting (all if null). */
    double mean(Station st, double from, double to, boolean[] keep, boolean withBackground) {
      DispersionParams p = withBackground ? params : params.withBackground(0);
      DispersionModel m = new DispersionModel(grid, p, boundary, 100);
      m.setConcentrations(withBackground ? initial : new double[grid.cellCount()]);
      double[] cells = new double[grid.cellCount()];
      double sum = 0;
      double weight = 0;
      for (int s = 0; s < dts.length; s++) {
        double[] g = grams[s].clone();
        for (int l = 0; l < LINKS; l++) {
          if (keep != null && !keep[l]) {
            g[l] = 0;
          }
        }
        links.spread(g, cells);
        m.step(dts[s], cells, winds[s]);
        if (m.time() > from && m.time() <= to) {
          sum += dts[s] * m.concentrationAt(st);
          weight += dts[s];
        }
      }
      return sum / weight;
    }

    Attribution attribution() {
      SourceHistory h = new SourceHistory(model(), links);
      for (int s = 0; s < dts.length; s++) {
        h.advance(dts[s], grams[s], winds[s]);
      }
      return new Attribution(h);
    }
  }

  private static final List<Station> STATIONS = List.of(new Station("a", 310, 260),
      new Station("b", 520, 410), new Station("c", 760, 90));

  @Property(tries = 12)
  void partsAddUpToTheForwardMean_andEachLinkMatchesItsOwnRun(@ForAll long seed) {
    for (Boundary boundary : Boundary.values()) {
      Run run = Run.random(seed, boundary);
      Attribution att = run.attribution();
      double end = 100 + java.util.Arrays.stream(run.dts()).sum();
      for (Station st : STATIONS) {
        for (double[] window : new double[][] {{100, end}, {600, 1500}}) {
          Attribution.Result r = att.attribute(st, window[0], window[1]);
          double forward = run.mean(st, window[0], window[1], null, true);
          String where = "seed " + seed + " " + boundary + " " + st.id() + " " + window[0];
          assertEquals(forward, r.mean(), 1e-9 * forward, where);
          double parts = r.background();
          for (double x : r.perLink()) {
            parts += x;
          }
          assertEquals(r.mean(), parts, 1e-12 * r.mean(), where);
          // Background alone: initial field and background air, no emissions.
          boolean[] none = new boolean[LINKS];
          assertEquals(run.mean(st, window[0], window[1], none, true), r.background(),
              1e-9 * forward, where);
          // Each link alone, with no background and an empty initial field.
          for (int l = 0; l < LINKS; l++) {
            boolean[] only = new boolean[LINKS];
            only[l] = true;
            double alone = run.mean(st, window[0], window[1], only, false);
            assertEquals(alone, r.perLink()[l], 1e-9 * forward, where + " link " + l);
            assertTrue(r.perLink()[l] >= 0, where);
          }
        }
      }
    }
  }

  @Property(tries = 6)
  void secondPollutant_sharingTheOperator_isAttributedByTheSameSweep(@ForAll long seed) {
    Run a = Run.random(seed, Boundary.OPEN);
    // Another pollutant: its own grams and background, the same steps, winds and parameters.
    Run other = Run.random(seed + 1, Boundary.OPEN);
    Run b = new Run(a.grid(), a.params().withBackground(3), a.boundary(), a.links(), a.dts(),
        a.winds(), other.grams(), other.initial());
    SourceHistory ha = new SourceHistory(a.model(), a.links());
    SourceHistory hb = new SourceHistory(b.model(), b.links());
    for (int s = 0; s < a.dts().length; s++) {
      ha.advance(a.dts()[s], a.grams()[s], a.winds()[s]);
      hb.advance(b.dts()[s], b.grams()[s], b.winds()[s]);
    }
    double end = 100 + java.util.Arrays.stream(a.dts()).sum();
    for (Station st : STATIONS) {
      List<Attribution.Result> both = new Attribution(ha).attribute(st, 100, end, List.of(hb));
      Attribution.Result alone = new Attribution(hb).attribute(st, 100, end);
      assertEquals(alone.mean(), both.get(1).mean(), 1e-12 * alone.mean(), st.id());
      assertEquals(alone.background(), both.get(1).background(),
          1e-12 * alone.mean(), st.id());
      for (int l = 0; l < LINKS; l++) {
        assertEquals(alone.perLink()[l], both.get(1).perLink()[l], 1e-12 * alone.mean());
      }
      assertEquals(b.mean(st, 100, end, null, true), both.get(1).mean(),
          1e-9 * alone.mean(), st.id());
    }
    // A history with another operator (different decay) is refused.
    Run c = new Run(a.grid(), a.params().withDecayRate(1e-3), a.boundary(), a.links(), a.dts(),
        a.winds(), a.grams(), a.initial());
    SourceHistory hc = new SourceHistory(c.model(), c.links());
    for (int s = 0; s < c.dts().length; s++) {
      hc.advance(c.dts()[s], c.grams()[s], c.winds()[s]);
    }
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new Attribution(ha).attribute(STATIONS.get(0), 100, end, List.of(hc)));
    assertTrue(e.getMessage().contains("share the grid"), e::getMessage);
  }

  @Test
  void nearbyUpwindLink_dominatesTheStation() {
    CellGrid grid = new CellGrid(0, 0, 50, 20, 10);
    // Link 0 just west (upwind) of the station, link 1 just east (downwind).
    LinkCells links = LinkCells.of(grid, new double[] {300, 700}, new double[] {200, 200},
        new double[] {300, 700}, new double[] {300, 300}, null);
    DispersionModel model = new DispersionModel(grid, DispersionParams.pm25());
    SourceHistory h = new SourceHistory(model, links);
    for (int s = 0; s < 20; s++) {
      h.advance(60, new double[] {1, 1}, new WindPeriod(0, 3, 270));
    }
    Attribution.Result r = new Attribution(h).attribute(new Station("mid", 425, 225), 0, 1200);
    assertTrue(r.perLink()[0] > 100 * r.perLink()[1], java.util.Arrays.toString(r.perLink()));
    assertTrue(r.share(0) > 0 && r.share(0) < 1);
    assertEquals(1, r.backgroundShare() + r.share(0) + r.share(1), 1e-12);
  }

  @Test
  void misuse_isRefusedWithAReason() {
    CellGrid grid = new CellGrid(0, 0, 50, 4, 4);
    LinkCells links = LinkCells.of(grid, new double[] {10}, new double[] {10},
        new double[] {150}, new double[] {10}, null);
    DispersionModel model = new DispersionModel(grid, DispersionParams.pm25());
    SourceHistory h = new SourceHistory(model, links);
    h.advance(60, new double[] {1}, WindPeriod.calm());
    Attribution att = new Attribution(h);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> att.attribute(new Station("s", 10, 10), 60, 120));
    assertTrue(e.getMessage().contains("no pollution step ends in"), e.getMessage());
    model.step(60, null, WindPeriod.calm());
    assertThrows(IllegalStateException.class,
        () -> att.attribute(new Station("s", 10, 10), 0, 60));

    DispersionModel other = new DispersionModel(grid, DispersionParams.pm25());
    SourceHistory h2 = new SourceHistory(other, links);
    other.setConcentrations(new double[grid.cellCount()]);
    assertThrows(IllegalStateException.class,
        () -> h2.advance(60, new double[] {1}, WindPeriod.calm()));
  }
}
