package org.citysim.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.PollutionTestRuns;
import org.citysim.sim.metrics.PollutionOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollutionCsvTest {
  @TempDir Path tmp;

  @Test
  void emissions_headerAndRowsInModelOrder() throws IOException {
    Path f = tmp.resolve("emissions.csv");
    new EmissionsCsvWriter().write(PollutionTestRuns.outputs().emissions(), f);
    assertEquals(List.of("intervalStart,link,vehicles,co2_g,nox_g,pm25_g,fuel_g",
        "25200.000,l0,4,812.500,3.250,0.125,260.000",
        "25200.000,\"l,1\",0,0.000,0.000,0.000,0.000",
        "26100.000,l0,3,600.000,2.500,0.100,190.750"), Files.readAllLines(f));
  }

  @Test
  void pollution_oneRowPerCellWithData_centresAndMeanPeakPerField() throws IOException {
    Path f = tmp.resolve("pollution.csv");
    new PollutionCsvWriter().write(PollutionTestRuns.outputs(), f);
    List<String> lines = Files.readAllLines(f);
    assertEquals("i,j,x_center,y_center,no2_mean,no2_peak,pm25_mean,pm25_peak", lines.get(0));
    assertEquals("0,0,50.000,50.000,10.000,15.000,1.000,1.500", lines.get(1));
    // Index 7 is (i=1, j=2); index 8 (2, 2) is zero everywhere and left out.
    assertEquals("1,2,150.000,250.000,80.500,95.250,8.000,8.500", lines.get(8));
    assertEquals(9, lines.size(), "header + 8 cells");
  }

  @Test
  void pollution_withoutGrid_isHeaderOnly() throws IOException {
    PollutionOutputs p = PollutionTestRuns.outputs();
    PollutionOutputs noGrid = new PollutionOutputs(p.emissions(), p.totals(), p.classTotals(),
        null, p.fields(), p.stations(), p.alerts(), p.attribution());
    Path f = tmp.resolve("pollution.csv");
    new PollutionCsvWriter().write(noGrid, f);
    assertEquals("i,j,x_center,y_center\n", Files.readString(f));
  }

  @Test
  void stations_byTimeThenStationOrder_idsQuoted() throws IOException {
    Path f = tmp.resolve("stations.csv");
    new StationsCsvWriter().write(PollutionTestRuns.stations(), f);
    List<String> lines = Files.readAllLines(f);
    assertEquals("time,station,no2,pm25,aqi_no2,aqi_pm25,aqi", lines.get(0));
    assertEquals("25200.000,s1,40.500,8.250,38,34,38", lines.get(1));
    assertEquals("25200.000,\"s,2\",20.000,30.000,19,89,89", lines.get(2));
    assertEquals("27000.000,s1,120.000,12.000,120,50,120", lines.get(3));
    assertEquals(7, lines.size());
  }

  @Test
  void alerts_durationAndClockTimes() throws IOException {
    Path f = tmp.resolve("alerts.csv");
    new AlertsCsvWriter().write(PollutionTestRuns.alerts(), f);
    assertEquals(List.of(
        "station,pollutant,level,kind,start,end,duration_s,peak_aqi,start_clock,end_clock",
        "\"s,2\",pm25,100,warning,25500.000,26100.000,600.000,97,07:05:00,07:15:00",
        "s1,no2,100,alert,26100.000,27900.000,1800.000,120,07:15:00,07:45:00"),
        Files.readAllLines(f));
  }

  @Test
  void attribution_sourcesLargestFirstThenBackgroundLast() throws IOException {
    Path f = tmp.resolve("attribution.csv");
    new AttributionCsvWriter().write(PollutionTestRuns.attribution(), f);
    List<String> lines = Files.readAllLines(f);
    assertEquals(List.of("station,pollutant,source,concentration_ug_m3,share",
        "s1,no2,l3,20.000,0.500", "s1,no2,l7,6.000,0.150", "s1,no2,l0,3.000,0.075",
        "s1,no2,l1,1.000,0.025", "s1,no2,background,10.000,0.250"), lines.subList(0, 6));
    assertEquals("\"s,2\",no2,background,12.500,0.556", lines.get(lines.size() - 1));
    assertEquals(1 + 5 + 2 + 3, lines.size());
  }
}
