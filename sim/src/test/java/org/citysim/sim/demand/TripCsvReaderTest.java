package org.citysim.sim.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TripCsvReaderTest {
  private static final RoadNetwork GRID = GridFactory.build(
      new GridSpec(3, 3, 100, 1, 10, 1800, new GridSignals(false, 60, 4, 0.5, 0)), 7.5).network();

  @TempDir Path dir;

  private Path csv(String content) throws Exception {
    return Files.writeString(dir.resolve("trips.csv"), content);
  }

  private List<Problem> problems(Path file) {
    return assertThrows(ScenarioException.class, () -> TripCsvReader.read(file, GRID)).problems();
  }

  @Test
  void validCsv_columnsInAnyOrder_secondsAndClockTimes_isRead() throws Exception {
    Path f = csv("""
        to,id,from,departure
        r0c1,t1,r0c0,3600
        r2c2,t2,r1c1,07:30
        r0c0,t3,r2c2,08:15:30
        """);
    List<Trip> trips = TripCsvReader.read(f, GRID);
    assertEquals(List.of(
        new Trip("t1", GRID.nodeIndex("r0c0"), GRID.nodeIndex("r0c1"), 3600),
        new Trip("t2", GRID.nodeIndex("r1c1"), GRID.nodeIndex("r2c2"), 7.5 * 3600),
        new Trip("t3", GRID.nodeIndex("r2c2"), GRID.nodeIndex("r0c0"), 8 * 3600 + 15 * 60 + 30)),
        trips);
  }

  @Test
  void blankLines_areSkipped() throws Exception {
    Path f = csv("id,departure,from,to\nt1,3600,r0c0,r0c1\n\nt2,3700,r0c1,r0c0\n\n");
    assertEquals(2, TripCsvReader.read(f, GRID).size());
  }

  @Test
  void severalBadRows_areReportedTogether_eachWithItsLine() throws Exception {
    Path f = csv("""
        id,departure,from,to
        a,100,r0c0,r0c1
        b,100,r0c0,nowhere
        c,xx:yy,r0c0,r0c1
        a,200,r0c0,r0c1
        d,300,r1c1,r1c1
        e,400,r2c2,r2c1
        """);
    List<Problem> ps = problems(f);
    assertEquals(4, ps.size(), ps.toString());
    for (Problem p : ps) {
      assertEquals(f, p.file(), p.format());
    }
    assertEquals(3, ps.get(0).line(), ps.get(0).format());
    assertEquals("to", ps.get(0).field());
    assertTrue(ps.get(0).message().contains("unknown node 'nowhere'"), ps.get(0).message());
    assertEquals(4, ps.get(1).line(), ps.get(1).format());
    assertEquals("departure", ps.get(1).field());
    assertTrue(ps.get(1).message().contains("xx:yy"), ps.get(1).message());
    assertEquals(5, ps.get(2).line(), ps.get(2).format());
    assertTrue(ps.get(2).message().contains("duplicate trip id 'a'"), ps.get(2).message());
    assertEquals(6, ps.get(3).line(), ps.get(3).format());
    assertTrue(ps.get(3).message().contains("ends where it starts"), ps.get(3).message());
  }

  @Test
  void unknownFromNode_isReportedOnItsLine_alsoWithoutFinalNewline() throws Exception {
    Path f = csv("""
        id,departure,from,to
        ok,0,r0c0,r0c1
        x,0,r9c9,r0c1
        y,0,r0c0,r0c1""");
    List<Problem> ps = problems(f);
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("from", ps.get(0).field());
    assertTrue(ps.get(0).message().contains("r9c9"));
    assertTrue(ps.get(0).format().startsWith(f + ":" + ps.get(0).line()), ps.get(0).format());
    assertTrue(ps.get(0).line() == 3, "line of the bad row, got " + ps.get(0).line());
  }

  @Test
  void missingColumn_isReportedWithTheColumnName() throws Exception {
    Path f = csv("""
        id,departure,from
        a,100,r0c0
        """);
    List<Problem> ps = problems(f);
    assertEquals(1, ps.size(), ps.toString());
    assertTrue(ps.get(0).message().contains("missing column(s) [to]"), ps.get(0).message());
    assertEquals(1, ps.get(0).line());
  }
}
