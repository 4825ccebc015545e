package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs.EmissionRow;

/**
 * Writes {@code emissions.csv}, one row per link and interval in the order the model gave them
 * (interval, then link): intervalStart [s since midnight], link, vehicles that left the link in
 * the interval [veh], and what they emitted: CO2, NOx, PM2.5 (exhaust plus non-exhaust) and
 * fuel burnt [g]. Written only for runs with a pollution model.
 */
public final class EmissionsCsvWriter {
  /** Column names, in order; the unit [g] is in the names because it is easy to mistake. */
  public static final String HEADER = "intervalStart,link,vehicles,co2_g,nox_g,pm25_g,fuel_g";

  /** Writes {@code rows} to {@code file}. */
  public void write(List<EmissionRow> rows, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (EmissionRow r : rows) {
        csv.decimal(r.start()).text(r.link()).integer(r.vehicles()).decimal(r.co2())
            .decimal(r.nox()).decimal(r.pm25()).decimal(r.fuel());
        csv.endRow();
      }
    }
  }
}
