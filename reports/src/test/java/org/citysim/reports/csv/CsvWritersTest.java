package org.citysim.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWritersTest {
  @TempDir Path tmp;

  private List<String> trips() throws IOException {
    Path f = tmp.resolve("trips.csv");
    new TripsCsvWriter().write(TestRuns.trips(), f);
    return Files.readAllLines(f, StandardCharsets.UTF_8);
  }

  @Test
  void trips_headerAndArrivedRow() throws IOException {
    List<String> lines = trips();
    assertEquals("id,origin,destination,departure,insertion,arrival,travelTime,delay,"
        + "freeFlowTime,distance,routeLinks,status", lines.get(0));
    assertEquals("t1,n0_0,n2_2,25200.000,25201.500,25600.250,400.250,50.250,350.000,"
        + "1200.000,4,ARRIVED", lines.get(1));
    assertEquals(6, lines.size());
  }

  @Test
  void trips_nanFieldsAreEmpty() throws IOException {
    List<String> lines = trips();
    assertEquals("t4,n0_0,n0_2,27000.000,27001.000,,,,200.000,400.000,2,EN_ROUTE",
        lines.get(4));
    assertEquals("t5,n2_0,n0_0,28700.000,,,,,250.000,0.000,2,WAITING", lines.get(5));
  }

  @Test
  void trips_idsWithCommaOrQuoteAreQuoted() throws IOException {
    List<String> lines = trips();
    assertEquals("\"t,2\",n0_1,n2_1,25230.000,25231.000,25700.000,470.000,170.000,300.000,"
        + "800.000,2,ARRIVED", lines.get(2));
    assertEquals("\"t\"\"3\"", lines.get(3).substring(0, lines.get(3).indexOf(",n1_0")));
  }

  @Test
  void links_rowsInOrderWithThreeDecimals() throws IOException {
    Path f = tmp.resolve("links.csv");
    new LinksCsvWriter().write(TestRuns.linkStats(), f);
    assertEquals("link,intervalStart,entries,exits,meanTravelTime,queue,occupancy\n"
        + "l0,25200.000,5,4,12.346,1,2\n"
        + "l0,26100.000,3,3,10.000,0,0\n"
        + "\"l,1\",25200.000,0,0,,0,0\n", Files.readString(f));
  }

  @Test
  void cameras_trueAndObservedByClass_droppedIntervalsWithoutObservedCounts() throws IOException {
    Path f = tmp.resolve("cameras.csv");
    new CamerasCsvWriter().write(TestRuns.cameraIntervals(), f);
    assertEquals("link,intervalStart,intervalEnd,condition,valid,true,observed,truePositives,"
        + "falsePositives,correctClass,trueCar,trueBus,trueTruck,observedCar,observedBus,"
        + "observedTruck\n"
        + "l0,25200.000,25500.000,day,true,20,19,18,1,17,18,1,1,17,1,1\n"
        + "l0,25500.000,25800.000,rain,true,10,8,8,0,8,9,0,1,7,0,1\n"
        + "l0,25800.000,26100.000,rain,false,12,,,,,12,0,0,,,\n"
        + "\"l,1\",25200.000,25500.000,day,true,0,1,0,1,0,0,0,0,1,0,0\n", Files.readString(f));
  }

  @Test
  void quote_onlyWhenNeeded() {
    assertEquals("plain id", CsvLineWriter.quote("plain id"));
    assertEquals("\"a\nb\"", CsvLineWriter.quote("a\nb"));
    assertEquals("\"a\rb\"", CsvLineWriter.quote("a\rb"));
    assertEquals("", CsvLineWriter.quote(null));
  }
}
