package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.text.Clock;
import org.citysim.sim.agent.AgentEvent;

/**
 * Writes {@code agent-events.csv}, one row per event an agent raised, in order raised: time [s
 * since midnight], clock time (HH:MM:SS), agent name, kind (e.g. {@code hold}, {@code
 * congestion-warning}) and message.
 */
public final class AgentEventsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "time,clock,agent,kind,message";

  /** Writes {@code events} to {@code file}. */
  public void write(List<AgentEvent> events, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (AgentEvent e : events) {
        csv.decimal(e.time()).text(Clock.hhmmss(e.time())).text(e.agent()).text(e.kind())
            .text(e.message());
        csv.endRow();
      }
    }
  }
}
