package org.citysim.reports.html;

import java.util.Objects;

/**
 * A data file of the run folder, linked from the report.
 *
 * @param path        path relative to the run folder, e.g. "trips.csv"
 * @param description what the file holds
 */
public record DataFile(String path, String description) {
  public DataFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(description);
  }
}
