package org.citysim.sim.dataset.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.dataset.BuildProgress;
import org.citysim.sim.dataset.DatasetBuilder;
import org.citysim.sim.dataset.DatasetOptions;
import org.citysim.sim.dataset.DatasetReader;
import org.citysim.sim.dataset.DatasetWriter;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;

/**
 * Whole-data-set benchmark (src/build/bench-dataset.sh): builds {@code days} days of a scenario
 * with each thread count in turn, writes and reads the result, and prints one JSON line per
 * thread count. Fails when thread counts give different data sets.
 *
 * <p>Arguments: scenario file, days, seed, thread counts (comma-separated), e.g. {@code
 * scenarios/forecast-town.yaml 42 1 1,2}.
 */
public final class DatasetBench {
  private DatasetBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "scenarios/forecast-town.yaml");
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 42;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int[] threads = Arrays.stream((args.length > 3 ? args[3] : "1,2").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Scenario s = new ScenarioLoader().load(file, List.of());
    SensorDataset first = null;
    for (int t : threads) {
      long t0 = System.nanoTime();
      SensorDataset d = new DatasetBuilder().build(s, days, seed,
          DatasetOptions.defaults().withThreads(t), BuildProgress.NONE);
      long t1 = System.nanoTime();
      Path dir = Files.createTempDirectory("citysim-dataset-bench");
      Path out = dir.resolve("ds");
      new DatasetWriter().write(d, out);
      long t2 = System.nanoTime();
      SensorDataset back = new DatasetReader().read(out);
      long t3 = System.nanoTime();
      long bytes = Files.size(out.resolve("values.csv.gz"));
      Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile()
          .delete());
      if (!Arrays.deepEquals(back.values(), d.values())) {
        throw new IllegalStateException("the round trip changed the values");
      }
      if (first == null) {
        first = d;
      } else if (!Arrays.deepEquals(first.values(), d.values())
          || !Arrays.deepEquals(first.blocked(), d.blocked()) || !first.days().equals(d.days())) {
        throw new IllegalStateException(t + " threads gave another data set");
      }
      long blocked = 0;
      for (boolean[][] day : d.blocked()) {
        for (boolean[] slot : day) {
          for (boolean b : slot) {
            blocked += b ? 1 : 0;
          }
        }
      }
      double build = (t1 - t0) / 1e9;
      System.out.println(String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"days\":%d,"
          + "\"threads\":%d,\"sensors\":%d,\"slots\":%d,\"buildSeconds\":%.2f,"
          + "\"secondsPerDay\":%.3f,\"writeSeconds\":%.2f,\"readSeconds\":%.2f,"
          + "\"valuesBytes\":%d,\"blockedCells\":%d,\"incidents\":%d}", s.name(), days, t,
          d.sensors().size(), d.slots(), build, build / days, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
          bytes, blocked, d.days().stream().mapToInt(SensorDataset.DayInfo::incidents).sum()));
    }
  }
}
