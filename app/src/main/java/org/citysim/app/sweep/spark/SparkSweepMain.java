package org.citysim.app.sweep.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.app.Main;

/**
 * Entry point for {@code spark-submit}: runs {@code citysim sweep ARGS --engine spark} in the
 * driver, on the cluster that {@code spark-submit --master} names (the engine takes its master
 * from Spark's configuration when the command gives none). The results store and the sweep's
 * report are written on the driver's machine, as with a local sweep. Steps in
 * docs/sweeps-spark.md.
 *
 * <pre>
 * spark-submit --class org.citysim.app.sweep.spark.SparkSweepMain --master spark://host:7077 \
 *   --jars ... app/target/citysim-app-spark.jar sweeps/x.yaml --out runs/x
 * </pre>
 */
public final class SparkSweepMain {
  private SparkSweepMain() {}

  public static void main(String[] args) {
    int code = Main.execute(commandLine(args));
    // spark-submit reports a non-zero exit; on success return normally, so that Spark's
    // shutdown hooks end the application as usual.
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The {@code citysim} command line for the arguments given to spark-submit. */
  static String[] commandLine(String[] args) {
    List<String> line = new ArrayList<>();
    line.add("sweep");
    line.addAll(Arrays.asList(args));
    boolean engine = line.stream().anyMatch(a -> a.equals("--engine")
        || a.startsWith("--engine="));
    if (!engine) {
      line.add("--engine");
      line.add("spark");
    }
    return line.toArray(String[]::new);
  }
}
