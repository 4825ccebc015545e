package org.citysim.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.reports.PollutionTestRuns;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollutionSummaryJsonTest {
  @TempDir Path tmp;

  private Path write(RunResult r) throws IOException {
    Path f = tmp.resolve("summary.json");
    new SummaryJsonWriter().write(r, f);
    return f;
  }

  @Test
  void pollution_totalsInKgAlertCountsAndStations() throws IOException {
    JsonNode p = new ObjectMapper().readTree(write(PollutionTestRuns.run()).toFile())
        .get("pollution");
    assertEquals(123.456, p.get("co2Kg").asDouble());
    assertEquals(0.7895, p.get("noxKg").asDouble());
    assertEquals(0.01225, p.get("pm25Kg").asDouble());
    assertEquals(40.0, p.get("fuelKg").asDouble());
    assertEquals(1, p.get("alerts").asInt());
    assertEquals(1, p.get("warnings").asInt());
    JsonNode classes = p.get("vehicleClasses");
    assertEquals(2, classes.size());
    assertEquals("petrol-car", classes.get(0).get("class").asText());
    assertEquals(40, classes.get(0).get("vehicles").asInt());
    assertEquals(100.0, classes.get(0).get("co2Kg").asDouble(), 1e-9);
    assertEquals(0.2895, classes.get(1).get("noxKg").asDouble(), 1e-9);
    JsonNode s1 = p.get("stations").get(0);
    assertEquals("s1", s1.get("id").asText());
    assertEquals(120, s1.get("peakAqi").asInt());
    assertEquals(0.5, s1.at("/hoursAbove/100").asDouble());
    assertEquals(0.0, s1.at("/hoursAbove/150").asDouble());
    assertEquals(1, s1.get("alerts").asInt());
    assertEquals(0, s1.get("warnings").asInt());
    JsonNode no2 = s1.get("attribution").get(0);
    assertEquals("no2", no2.get("pollutant").asText());
    assertEquals(40.0, no2.get("meanUgM3").asDouble());
    assertEquals(10.0, no2.get("backgroundUgM3").asDouble());
    assertEquals(3, no2.get("top").size(), "top 3 of 4 sources");
    assertEquals("l3", no2.at("/top/0/link").asText());
    assertEquals(20.0, no2.at("/top/0/ugM3").asDouble());
    assertEquals(0.5, no2.at("/top/0/share").asDouble());
    assertEquals("l0", no2.at("/top/2/link").asText());
    JsonNode s2 = p.get("stations").get(1);
    assertEquals("s,2", s2.get("id").asText());
    assertEquals(1, s2.get("warnings").asInt());
    assertEquals(1, s2.get("attribution").size());
  }

  @Test
  void pollution_comesLastAndLeavesTheOtherKeysAsWithoutIt() throws IOException {
    ObjectMapper m = new ObjectMapper();
    JsonNode with = m.readTree(write(PollutionTestRuns.run()).toFile());
    List<String> keys = new ArrayList<>();
    with.fieldNames().forEachRemaining(keys::add);
    assertEquals("pollution", keys.get(keys.size() - 1));
    ((com.fasterxml.jackson.databind.node.ObjectNode) with).remove("pollution");
    assertEquals(m.readTree(write(TestRuns.small()).toFile()), with);
  }

  @Test
  void withoutPollution_noPollutionKey() throws IOException {
    assertFalse(Files.readString(write(TestRuns.small())).contains("pollution"));
  }

  @Test
  void reader_readsTotalsAsKpisAndSkipsStationDetails() throws Exception {
    SummaryJsonReader.Summary s = new SummaryJsonReader().read(write(PollutionTestRuns.run()));
    assertEquals(123.456, s.kpis().get("pollution.co2Kg"));
    assertEquals(1L, s.kpis().get("pollution.alerts"));
    assertTrue(s.kpis().keySet().stream().noneMatch(k -> k.startsWith("pollution.stations")),
        s.kpis().keySet().toString());
    // The KPIs of a run without pollution are all still there, in order, before pollution's.
    SummaryJsonReader.Summary old = new SummaryJsonReader().read(write(TestRuns.small()));
    assertEquals(new ArrayList<>(old.kpis().keySet()),
        new ArrayList<>(s.kpis().keySet()).subList(0, old.kpis().size()));
  }
}
