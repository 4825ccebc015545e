package org.citysim.sim.kernel.bench;

import java.util.concurrent.TimeUnit;
import org.citysim.sim.kernel.EventQueue;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model: {@code n} events pending; each operation takes the earliest and
 * schedules a replacement an exponentially distributed time later, so the queue size stays at
 * {@code n}. Scores are events per second. {@code kernelHold} measures the whole kernel
 * (dispatch to a handler that reschedules itself); {@code queueHold} the queue alone.
 *
 * <p>Run with {@code src/build/bench-kernel.sh} (see README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class HoldBenchmark {
  private static final int BATCH = 10_000;
  private static final int INCREMENTS = 1 << 16;

  @Param({"1000", "10000", "100000", "1000000"})
  public int n;

  private double[] increments;
  private int next;
  private EventQueue queue;
  private Kernel kernel;
  private int handler;

  @Setup(Level.Trial)
  public void setUp() {
    RandomStream rnd = new RandomStreams(1, 0).stream("hold");
    increments = new double[INCREMENTS];
    for (int i = 0; i < INCREMENTS; i++) {
      increments[i] = rnd.exponential(1.0);
    }
    queue = new EventQueue(n);
    for (int i = 0; i < n; i++) {
      queue.push(increments[i & (INCREMENTS - 1)] * n, 0, i);
    }
    kernel = new Kernel(0, Double.MAX_VALUE, new RandomStreams(1, 0));
    handler = kernel.register(arg -> kernel.schedule(kernel.now() + nextIncrement(), 0, handler,
        arg));
    for (int i = 0; i < n; i++) {
      kernel.schedule(increments[i & (INCREMENTS - 1)] * n, 0, handler, i);
    }
  }

  private double nextIncrement() {
    // Mean n, like the initial spread, keeps the time distribution of pending events stationary.
    return increments[next++ & (INCREMENTS - 1)] * n;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long queueHold() {
    EventQueue q = queue;
    long acc = 0;
    for (int i = 0; i < BATCH; i++) {
      long p = q.pop();
      q.push(q.lastTime() + nextIncrement(), 0, p);
      acc += p;
    }
    return acc;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long kernelHold() {
    kernel.run(BATCH);
    return kernel.eventsProcessed();
  }
}
