package org.citysim.app.sweep.launch;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the Spark engine runs a sweep.
 *
 * <p>Runs are batched: each Spark task makes several runs in a row, because a task costs a
 * scheduling round trip and the deserialisation of the job on its executor, whatever it does.
 * The engine aims at {@code partitionsPerSlot} tasks per core (so that runs of uneven length
 * still balance and finished tasks report back while others go on), but gives each task at
 * least {@code minRunsPerTask} runs (to amortise that overhead) and at most {@code
 * maxRunsPerTask} (so that a killed sweep loses little and results keep arriving), and never
 * leaves a core idle while a run waits (the minimum gives way: a small sweep of long runs is
 * spread over all cores).
 *
 * @param master            Spark master URL (e.g. {@code local[2]}, {@code spark://host:7077});
 *                          null to take {@code spark.master} from Spark's configuration (as
 *                          {@code spark-submit} sets it), else {@code local[P]} with the sweep's
 *                          parallelism P
 * @param partitionsPerSlot tasks aimed at per core, at least 1
 * @param minRunsPerTask    fewest runs per task, at least 1
 * @param maxRunsPerTask    most runs per task, at least {@code minRunsPerTask}
 * @param conf              further Spark settings ({@code spark.*} keys), applied last
 */
public record SparkOptions(String master, int partitionsPerSlot, int minRunsPerTask,
    int maxRunsPerTask, Map<String, String> conf) {
  /** The default batching: 4 tasks per core, 4 to 64 runs per task. */
  public static final int PARTITIONS_PER_SLOT = 4;
  /** Default fewest runs per task. */
  public static final int MIN_RUNS_PER_TASK = 4;
  /** Default most runs per task. */
  public static final int MAX_RUNS_PER_TASK = 64;

  public SparkOptions {
    if (master != null && master.isBlank()) {
      throw new IllegalArgumentException("Spark master must not be blank");
    }
    if (partitionsPerSlot < 1 || minRunsPerTask < 1 || maxRunsPerTask < minRunsPerTask) {
      throw new IllegalArgumentException("need partitionsPerSlot >= 1 and 1 <= minRunsPerTask"
          + " <= maxRunsPerTask, got " + partitionsPerSlot + ", " + minRunsPerTask + ", "
          + maxRunsPerTask);
    }
    conf = new TreeMap<>(conf);
  }

  /** Default batching, master from Spark's configuration or local. */
  public static SparkOptions defaults() {
    return new SparkOptions(null, PARTITIONS_PER_SLOT, MIN_RUNS_PER_TASK, MAX_RUNS_PER_TASK,
        Map.of());
  }

  /** The same with another master. */
  public SparkOptions withMaster(String url) {
    return new SparkOptions(url, partitionsPerSlot, minRunsPerTask, maxRunsPerTask, conf);
  }

  /** The same with other bounds on the runs per task. */
  public SparkOptions withRunsPerTask(int min, int max) {
    return new SparkOptions(master, partitionsPerSlot, min, max, conf);
  }

  /** The same with one more Spark setting. */
  public SparkOptions with(String key, String value) {
    Map<String, String> c = new TreeMap<>(conf);
    c.put(key, value);
    return new SparkOptions(master, partitionsPerSlot, minRunsPerTask, maxRunsPerTask, c);
  }
}
