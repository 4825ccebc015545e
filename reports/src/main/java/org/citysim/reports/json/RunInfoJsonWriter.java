package org.citysim.reports.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.citysim.sim.metrics.RunInfo;

/**
 * Writes {@code run.json}: version, commit and timings of a run. It is the one output allowed to
 * differ between identical runs, so nothing else may copy its timing fields.
 */
public final class RunInfoJsonWriter {
  private final JsonFiles json = new JsonFiles();

  /** Writes {@code info} to {@code file}. */
  public void write(RunInfo info, Path file) throws IOException {
    ObjectNode root = json.object();
    root.put("version", info.version());
    root.put("commit", info.commit());
    root.put("javaVersion", info.javaVersion());
    root.set("wallTimeSeconds", json.number(info.wallTimeSeconds()));
    root.put("eventsProcessed", info.eventsProcessed());
    root.set("eventsPerSecond", json.number(info.eventsPerSecond()));
    root.put("linkTraversals", info.linkTraversals());
    if (info.pollutionSeconds() > 0) {
      root.put("pollutionSeconds", info.pollutionSeconds());
    }
    if (info.modelSeconds() > 0) {
      root.put("modelSeconds", info.modelSeconds());
    }
    json.write(root, file);
  }
}
