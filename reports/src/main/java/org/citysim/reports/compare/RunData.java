package org.citysim.reports.compare;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.metrics.TimeSeries;

/**
 * What a comparison reads from one run folder.
 *
 * @param label       short unique name of the run in the comparison (its folder name)
 * @param folder      the run folder
 * @param scenario    scenario name
 * @param seed        seed
 * @param replication replication index
 * @param start       simulated start [s since midnight]
 * @param end         simulated end [s since midnight]
 * @param kpis        KPIs by dotted key in file order: {@link Number} or {@link String}
 * @param series      network-wide series from {@code series.csv}, named as its columns
 * @param junctions   rows of {@code junctions.csv}, in file order
 */
public record RunData(String label, Path folder, String scenario, long seed, int replication,
    double start, double end, Map<String, Object> kpis, List<TimeSeries> series,
    List<JunctionRow> junctions) {

  public RunData {
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    series = List.copyOf(series);
    junctions = List.copyOf(junctions);
  }

  /** The series whose column name starts with {@code name} (e.g. "vehicles in network"). */
  public java.util.Optional<TimeSeries> series(String name) {
    return series.stream().filter(s -> s.name().equals(name) || s.name().startsWith(name + " ["))
        .findFirst();
  }
}
