package org.citysim.sim.pollution.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.citysim.sim.pollution.Attribution;
import org.citysim.sim.pollution.CellGrid;
import org.citysim.sim.pollution.DispersionModel;
import org.citysim.sim.pollution.DispersionParams;
import org.citysim.sim.pollution.LinkCells;
import org.citysim.sim.pollution.SourceHistory;
import org.citysim.sim.pollution.Station;
import org.citysim.sim.pollution.WindPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispersion on an {@code n x n} grid of 50 m cells with PM2.5 defaults, a 4 m/s wind from
 * 240 deg and 2,000 random source links. {@code step} is one model step of {@code dt} seconds
 * (scores in ms per step; a 60 s step at these settings needs 10 sub-steps, so ns per
 * cell-substep = score / (n^2 * 10) * 1e6, see {@code subSteps} in the output of {@code
 * src/build/bench-dispersion.sh}). {@code attribute} is one adjoint sweep over a recorded hour
 * (60 steps) for one station.
 *
 * <p>Run with {@code src/build/bench-dispersion.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DispersionBenchmark {
  private static final int LINKS = 2000;

  @Param({"200"})
  public int n;

  @Param({"60"})
  public double dt;

  private DispersionModel model;
  private double[] cellSources;
  private WindPeriod wind;
  private Attribution attribution;
  private Station station;

  @Setup(Level.Trial)
  public void setUp() {
    CellGrid grid = new CellGrid(0, 0, 50, n, n);
    SplittableRandom rnd = new SplittableRandom(1);
    double size = 50.0 * n;
    double[] x1 = new double[LINKS];
    double[] y1 = new double[LINKS];
    double[] x2 = new double[LINKS];
    double[] y2 = new double[LINKS];
    double[] grams = new double[LINKS];
    for (int l = 0; l < LINKS; l++) {
      x1[l] = rnd.nextDouble(size - 300);
      y1[l] = rnd.nextDouble(size - 300);
      x2[l] = x1[l] + rnd.nextDouble(300);
      y2[l] = y1[l] + rnd.nextDouble(300);
      grams[l] = rnd.nextDouble(0.01);
    }
    LinkCells links = LinkCells.of(grid, x1, y1, x2, y2, null);
    cellSources = new double[grid.cellCount()];
    links.spread(grams, cellSources);
    wind = new WindPeriod(0, 4, 240);
    model = new DispersionModel(grid, DispersionParams.pm25());
    model.step(dt, cellSources, wind);
    System.out.println("subSteps per step: " + model.lastSubSteps() + ", cells: "
        + grid.cellCount());

    SourceHistory history = new SourceHistory(
        new DispersionModel(grid, DispersionParams.pm25()), links);
    for (int s = 0; s < 60; s++) {
      history.advance(dt, grams, wind);
    }
    attribution = new Attribution(history);
    station = new Station("centre", size / 2, size / 2);
  }

  @Benchmark
  public double step() {
    model.step(dt, cellSources, wind);
    return model.concentration(n * n / 2);
  }

  @Benchmark
  public double attribute() {
    return attribution.attribute(station, 0, 60 * dt).mean();
  }
}
