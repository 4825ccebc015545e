package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.citysim.sim.sensor.SensorOutputs.ClassCounts;

/**
 * Writes {@code cameras.csv}, one row per camera and interval: what crossed the stop line
 * ({@code true}, by true class) next to what the camera reported ({@code observed}, by reported
 * class), with its true and false positives. intervalStart and intervalEnd [s since midnight],
 * counts [veh]. A row with {@code valid} false is an interval the camera dropped out: nothing was
 * reported, so its observed columns are empty.
 */
public final class CamerasCsvWriter {
  /** Column names, in order. */
  public static final String HEADER = "link,intervalStart,intervalEnd,condition,valid,true,"
      + "observed,truePositives,falsePositives,correctClass,trueCar,trueBus,trueTruck,"
      + "observedCar,observedBus,observedTruck";

  /** Writes {@code cameras} to {@code file}. */
  public void write(List<CameraInterval> cameras, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(HEADER.split(","));
      for (CameraInterval c : cameras) {
        ClassCounts t = c.truth();
        ClassCounts o = c.observed();
        csv.text(c.link()).decimal(c.from()).decimal(c.to()).text(c.condition().label())
            .text(Boolean.toString(c.valid())).integer(t.total());
        if (c.valid()) {
          csv.integer(o.total()).integer(c.truePositives()).integer(c.falsePositives())
              .integer(c.correctClass());
        } else {
          csv.text("").text("").text("").text("");
        }
        csv.integer(t.car()).integer(t.bus()).integer(t.truck());
        if (c.valid()) {
          csv.integer(o.car()).integer(o.bus()).integer(o.truck());
        } else {
          csv.text("").text("").text("");
        }
        csv.endRow();
      }
    }
  }
}
