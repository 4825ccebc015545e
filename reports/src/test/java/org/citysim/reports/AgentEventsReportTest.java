package org.citysim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.csv.AgentEventsCsvWriter;
import org.citysim.sim.agent.AgentEvent;
import org.citysim.sim.metrics.AgentOutputs;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agent-events.csv: what agents raised, only when they raised something. */
class AgentEventsReportTest {
  @TempDir Path tmp;

  private static RunResult with(List<AgentEvent> events) {
    RunResult r = TestRuns.small();
    return new RunResult(r.scenarioName(), r.description(), r.seed(), r.replication(), r.start(),
        r.end(), r.resolvedScenario(), r.kpis(), r.trips(), r.linkStats(), r.series(),
        r.network(), r.warnings(), new AgentOutputs(List.of(), events), r.sensors(),
        r.junctions(), r.pollution(), r.incidents());
  }

  @Test
  void events_areWrittenInOrderAndLinked() throws IOException {
    Path out = new RunReportWriter(false).write(with(List.of(
        new AgentEvent(27000, "warn", "congestion-warning",
            "loop:l3: congestion expected within 15 min (occupancy 0.41, speed 4.0 m/s)"),
        new AgentEvent(27900.5, "pid", "hold", "J: sensor readings missing, plan kept"))),
        TestRuns.info(1), tmp.resolve("ev"));
    assertEquals(List.of(AgentEventsCsvWriter.HEADER,
        "27000.000,07:30:00,warn,congestion-warning,\"loop:l3: congestion expected within 15 min"
            + " (occupancy 0.41, speed 4.0 m/s)\"",
        "27900.500,07:45:01,pid,hold,\"J: sensor readings missing, plan kept\""),
        Files.readAllLines(out.resolve("agent-events.csv")));
    assertTrue(Files.readString(out.resolve("index.html"))
        .contains("<a href=\"agent-events.csv\">"));
  }

  @Test
  void noEvents_noFile() throws IOException {
    Path out = new RunReportWriter(false).write(with(List.of()), TestRuns.info(1),
        tmp.resolve("none"));
    assertFalse(Files.exists(out.resolve("agent-events.csv")));
  }
}
