package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.TripRecord;

/**
 * Writes {@code trips.csv}, one row per trip in list order. Times are [s since midnight],
 * durations [s], distances [m]; fields that are NaN (not inserted, not arrived) stay empty.
 */
public final class TripsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER =
      "id,origin,destination,departure,insertion,arrival,travelTime,delay,freeFlowTime,"
          + "distance,routeLinks,status";

  /** Writes {@code trips} to {@code file}. */
  public void write(List<TripRecord> trips, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (TripRecord t : trips) {
        csv.text(t.id()).text(t.origin()).text(t.destination())
            .decimal(t.departure()).decimal(t.insertion()).decimal(t.arrival())
            .decimal(t.travelTime()).decimal(t.delay()).decimal(t.freeFlowTime())
            .decimal(t.distance()).integer(t.routeLinks())
            .text(t.status() == null ? "" : t.status().name());
        csv.endRow();
      }
    }
  }
}
