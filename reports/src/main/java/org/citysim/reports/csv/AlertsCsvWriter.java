package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.text.Clock;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;

/**
 * Writes {@code alerts.csv}, one row per air-quality alert or early warning in the model's order
 * (start time, then station): station, pollutant ({@code no2}, {@code pm25}), the AQI level
 * crossed, kind ({@code alert}: crossed; {@code warning}: projected to cross), start and end
 * [s since midnight] (the end is the run's end when still active then), duration_s [s], the
 * highest AQI while active, and start and end again as clock times (HH:MM:SS).
 */
public final class AlertsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER =
      "station,pollutant,level,kind,start,end,duration_s,peak_aqi,start_clock,end_clock";

  /** Writes {@code alerts} to {@code file}. */
  public void write(List<AlertRecord> alerts, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (AlertRecord a : alerts) {
        csv.text(a.station()).text(a.pollutant()).integer(a.level()).text(a.kind())
            .decimal(a.start()).decimal(a.end()).decimal(a.end() - a.start())
            .integer(a.peakAqi()).text(Clock.hhmmss(a.start())).text(Clock.hhmmss(a.end()));
        csv.endRow();
      }
    }
  }
}
