package org.citysim.models.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.citysim.models.nn.InferencePaths;
import org.citysim.models.nn.NetSpec;
import org.citysim.models.nn.SequenceNet;

/**
 * Cost of one network call, DL4J's {@code net.output} against the plain-Java pass, on the
 * shapes of the default models on forecast-town: the forecaster (29 channels x 12 steps, 32
 * units, 9 outputs) and the classifier (20 channels x 6 steps, 32 units, 1 output), for several
 * row counts (48 is a run's call: one row per sensor). Usage (see src/build/bench-infer.sh):
 * {@code [rows,rows,...] [seconds per measurement]}. One line per case: {@code RESULT model=..
 * rows=.. steps=.. engine=dl4j|java ms_per_call=.. min=.. max=.. cpu_ms_per_call=.. ...}, wall
 * and thread CPU milliseconds per call (medians of 5 blocks, and extremes).
 */
public final class InferenceBench {
  private InferenceBench() {}

  private record Shape(String name, int inputs, int steps, int outputs, NetSpec.Output output) {}

  private static final Shape[] SHAPES = {
      new Shape("forecaster", 29, 12, 9, NetSpec.Output.REGRESSION_MAE),
      new Shape("classifier", 20, 6, 1, NetSpec.Output.BINARY),
  };
  private static final int HIDDEN = 32;

  @FunctionalInterface
  private interface Call {
    float[] run(SequenceNet net, float[] x, int rows, int steps);
  }

  public static void main(String[] args) {
    int[] rowCounts = args.length > 0
        ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 48, 512, 4096};
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    for (Shape s : SHAPES) {
      SequenceNet net = SequenceNet.create(
          new NetSpec(s.inputs(), s.steps(), HIDDEN, s.outputs(), s.output(), 1e-3, 1));
      for (int rows : rowCounts) {
        float[] x = new float[rows * s.inputs() * s.steps()];
        Random rnd = new Random(rows);
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) rnd.nextGaussian();
        }
        measure(s, rows, "dl4j", InferencePaths::dl4j, net, x, seconds);
        measure(s, rows, "java", InferencePaths::java, net, x, seconds);
      }
    }
  }

  /**
   * Warms up for {@code seconds}, then times five blocks of about {@code seconds / 5}, in wall
   * time and in this thread's CPU time (on a machine shared with other work the CPU time is
   * the steadier figure: it leaves out the time the thread waited for a core).
   */
  private static void measure(Shape s, int rows, String engine, Call call, SequenceNet net,
      float[] x, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int warm = 0;
    while (System.nanoTime() < end || warm < 3) {
      sink += call.run(net, x, rows, s.steps())[0];
      warm++;
    }
    long t0 = System.nanoTime();
    sink += call.run(net, x, rows, s.steps())[0];
    double one = Math.max(1e-6, (System.nanoTime() - t0) / 1e9);
    int perBlock = Math.max(1, (int) (seconds / 5 / one));
    double[] wall = new double[5];
    double[] cpu = new double[5];
    for (int b = 0; b < 5; b++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < perBlock; k++) {
        sink += call.run(net, x, rows, s.steps())[0];
      }
      cpu[b] = (threads.getCurrentThreadCpuTime() - c) / 1e6 / perBlock;
      wall[b] = (System.nanoTime() - t) / 1e6 / perBlock;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT,
        "RESULT model=%s rows=%d steps=%d inputs=%d engine=%s ms_per_call=%.4f min=%.4f "
            + "max=%.4f cpu_ms_per_call=%.4f cpu_min=%.4f calls_per_block=%d omp=%s java=%s "
            + "sink=%.1f%n",
        s.name(), rows, s.steps(), s.inputs(), engine, wall[2], wall[0], wall[4], cpu[2],
        cpu[0], perBlock, System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"),
        Runtime.version().feature(), sink);
  }
}
