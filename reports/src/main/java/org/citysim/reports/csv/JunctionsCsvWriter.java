package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.JunctionStats;

/**
 * Writes {@code junctions.csv}, one row per signalised junction in node order: approaches,
 * vehicles served [veh], average control delay [s/veh], HCM level of service (A-F), stops
 * [veh] and stops per vehicle served, largest and time-average queue [veh] (exact, not sampled),
 * throughput [veh/h]. Without
 * signalised junctions the file holds the header only. Missing values (no vehicle served) are
 * empty fields.
 */
public final class JunctionsCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "junction,approaches,vehicles,controlDelay,los,stops,"
      + "stopRate,queueMax,queueMean,throughput";

  /** Writes {@code junctions} to {@code file}. */
  public void write(JunctionOutputs junctions, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (JunctionStats j : junctions.junctions()) {
        csv.text(j.junction()).integer(j.approaches()).integer(j.vehicles())
            .decimal(j.controlDelayMean()).text(j.los() == null ? "" : j.los().name())
            .integer(j.stops()).decimal(j.stopRate()).integer(j.queueMax())
            .decimal(j.queueMean()).decimal(j.throughput());
        csv.endRow();
      }
    }
  }
}
