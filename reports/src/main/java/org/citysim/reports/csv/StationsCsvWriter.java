package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;

/**
 * Writes {@code stations.csv}, the air-quality stations' samples as one long table: one row per
 * sample, ordered by time, then by station in the model's order. time [s since midnight],
 * station id, NO2 and PM2.5 concentration [ug/m3], their US EPA AQI and the larger of the two
 * (the station's AQI). Empty (header only) when the model has no stations.
 */
public final class StationsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "time,station,no2,pm25,aqi_no2,aqi_pm25,aqi";

  private record Row(double time, int station, StationSample sample) {}

  /** Writes {@code stations} to {@code file}. */
  public void write(List<StationSeries> stations, Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < stations.size(); s++) {
      for (StationSample x : stations.get(s).samples()) {
        rows.add(new Row(x.time(), s, x));
      }
    }
    // Stable, and station index breaks ties, so equal inputs give equal files.
    rows.sort(Comparator.comparingDouble(Row::time).thenComparingInt(Row::station));
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (Row r : rows) {
        StationSample x = r.sample();
        csv.decimal(x.time()).text(stations.get(r.station()).id()).decimal(x.no2())
            .decimal(x.pm25()).integer(x.aqiNo2()).integer(x.aqiPm25()).integer(x.aqi());
        csv.endRow();
      }
    }
  }
}
