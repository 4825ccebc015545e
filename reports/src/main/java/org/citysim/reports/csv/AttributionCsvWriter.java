package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.Source;

/**
 * Writes {@code attribution.csv}: for each station and pollutant (in the model's order), where
 * its run-mean concentration comes from. One row per source link, largest first as the model
 * ordered them, then one row {@code background} last: station, pollutant, source (link id or
 * {@code background}), concentration_ug_m3 [ug/m3], share of the station's mean in [0, 1]. The
 * rows of a station and pollutant sum to its mean (the attribution is exact). A background share
 * is empty when the mean is zero.
 */
public final class AttributionCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "station,pollutant,source,concentration_ug_m3,share";
  /** Source name of the background row. */
  public static final String BACKGROUND = "background";

  /** Writes {@code attribution} to {@code file}. */
  public void write(List<Attribution> attribution, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (Attribution a : attribution) {
        for (Source s : a.sources()) {
          csv.text(a.station()).text(a.pollutant()).text(s.link()).decimal(s.concentration())
              .decimal(s.share());
          csv.endRow();
        }
        csv.text(a.station()).text(a.pollutant()).text(BACKGROUND).decimal(a.background())
            .decimal(a.mean() != 0 ? a.background() / a.mean() : Double.NaN);
        csv.endRow();
      }
    }
  }
}
