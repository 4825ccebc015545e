package org.citysim.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunctionAndSeriesCsvTest {
  @TempDir Path tmp;

  @Test
  void junctions_oneRowPerJunctionWithEmptyFieldsWhereNobodyWasServed() throws IOException {
    Path f = tmp.resolve("junctions.csv");
    new JunctionsCsvWriter().write(TestRuns.junctions(), f);
    assertEquals("""
        junction,approaches,vehicles,controlDelay,los,stops,stopRate,queueMax,queueMean,throughput
        "j,1",4,120,12.500,B,30,0.250,3,1.250,120.000
        j2,3,60,95.250,F,55,0.917,14,6.500,60.000
        j3,2,0,,,0,,0,0.000,0.000
        """, Files.readString(f));
  }

  @Test
  void junctions_withoutSignalsIsTheHeaderOnly() throws IOException {
    Path f = tmp.resolve("junctions.csv");
    new JunctionsCsvWriter().write(JunctionOutputs.none(), f);
    assertEquals(JunctionsCsvWriter.HEADER + "\n", Files.readString(f));
  }

  @Test
  void series_timeThenOneColumnPerSeriesWithUnits() throws IOException {
    Path f = tmp.resolve("series.csv");
    new SeriesCsvWriter(true).write(TestRuns.series(), f);
    assertEquals("""
        time,vehicles in network [veh],vehicles waiting [veh]
        25200.000,0.000,0.000
        26100.000,3.000,1.000
        27000.000,5.000,0.000
        27900.000,2.000,0.000
        28800.000,1.000,1.000
        """, Files.readString(f));
  }

  @Test
  void junctionQueues_columnsAreJunctionIds() throws IOException {
    Path f = tmp.resolve("junction-queues.csv");
    new SeriesCsvWriter(false).write(TestRuns.junctions().queues(), f);
    assertEquals("""
        time,"j,1",j2,j3
        25200.000,0.000,2.000,0.000
        27000.000,3.000,14.000,0.000
        28800.000,1.000,4.000,0.000
        """, Files.readString(f));
  }

  @Test
  void series_sampledAtOtherTimes_areMergedByTimeWithEmptyFields() throws IOException {
    Path f = tmp.resolve("s.csv");
    new SeriesCsvWriter(true).write(List.of(
        new TimeSeries("a", "", new double[] {0, 60}, new double[] {1, 2}),
        new TimeSeries("b", "s", new double[] {30, 60}, new double[] {7, Double.NaN})), f);
    assertEquals("time,a,b [s]\n0.000,1.000,\n30.000,,7.000\n60.000,2.000,\n",
        Files.readString(f));
  }
}
