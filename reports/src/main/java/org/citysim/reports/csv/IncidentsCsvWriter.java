package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.text.Clock;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;

/**
 * Writes {@code incidents.csv}, one row per incident in order of occurrence: id, link, severity,
 * origin ({@code scheduled} or {@code random}), detected_by ({@code camera}, {@code report}, or
 * empty when not detected by the end), lanes blocked [lanes], whether it closed the link, the
 * drawn clearance time [s], then the FHWA timeline (occurred, detected, dispatched, on scene,
 * lanes cleared, all clear) [s since midnight], then the same six times as clock times
 * (HH:MM:SS), then the ids of the units sent (space-separated, empty without a dispatcher) and
 * the response time (on scene - detected) [s]. A point not reached by the end of the run (and
 * dispatched, without a dispatcher) is empty.
 */
public final class IncidentsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "id,link,severity,origin,detected_by,lanes_blocked,closed,"
      + "clearance_s,occurred,detected,dispatched,on_scene,lanes_cleared,all_clear,"
      + "occurred_clock,detected_clock,dispatched_clock,on_scene_clock,lanes_cleared_clock,"
      + "all_clear_clock,units,response_s";

  /** Writes {@code incidents} to {@code file}. */
  public void write(List<IncidentRecord> incidents, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (IncidentRecord i : incidents) {
        csv.integer(i.id()).text(i.link()).text(i.severity())
            .text(i.scheduled() ? "scheduled" : "random").text(i.detectedBy())
            .integer(i.lanesBlocked()).text(Boolean.toString(i.closed())).decimal(i.clearance());
        double[] t = i.timeline();
        for (double v : t) {
          csv.decimal(v);
        }
        for (double v : t) {
          csv.text(Clock.hhmmss(v));
        }
        csv.text(i.units()).decimal(i.responseTime());
        csv.endRow();
      }
    }
  }
}
