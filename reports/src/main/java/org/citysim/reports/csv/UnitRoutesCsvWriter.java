package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.text.Clock;
import org.citysim.sim.metrics.IncidentOutputs.UnitRoute;

/**
 * Writes {@code unit-routes.csv}, one row per response unit sent, in order sent: incident id,
 * unit id, kind, when it was sent [s since midnight and HH:MM:SS], the number of links and the
 * link ids of the route it was sent on (space-separated; empty when it was already at the
 * incident's node).
 */
public final class UnitRoutesCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "incident,unit,kind,dispatched,dispatched_clock,links,route";

  /** Writes {@code routes} to {@code file}. */
  public void write(List<UnitRoute> routes, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (UnitRoute r : routes) {
        csv.integer(r.incident()).text(r.unit()).text(r.kind()).decimal(r.dispatched())
            .text(Clock.hhmmss(r.dispatched())).integer(r.links().size())
            .text(String.join(" ", r.links()));
        csv.endRow();
      }
    }
  }
}
