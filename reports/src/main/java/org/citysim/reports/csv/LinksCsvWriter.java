package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.LinkIntervalStats;

/**
 * Writes {@code links.csv}, one row per link and aggregation interval in list order.
 * intervalStart [s since midnight], entries/exits/queue/occupancy [veh], meanTravelTime [s]
 * (empty when no vehicle left the link in the interval).
 */
public final class LinksCsvWriter {
  /** Column names, in order. */
  public static final String HEADER =
      "link,intervalStart,entries,exits,meanTravelTime,queue,occupancy";

  /** Writes {@code stats} to {@code file}. */
  public void write(List<LinkIntervalStats> stats, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (LinkIntervalStats s : stats) {
        csv.text(s.linkId()).decimal(s.intervalStart()).integer(s.entries()).integer(s.exits())
            .decimal(s.meanTravelTime()).integer(s.queue()).integer(s.occupancy());
        csv.endRow();
      }
    }
  }
}
