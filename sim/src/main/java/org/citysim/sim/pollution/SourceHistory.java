package org.citysim.sim.pollution;

import java.util.Arrays;
import java.util.Objects;

/**
 * Steps a {@link DispersionModel} from per-link emissions and records what {@link Attribution}
 * needs to replay it backwards: the initial field, and per step its length, wind and the grams
 * of every emitting link (sparse). Memory is one int and one double per emitting link per step
 * plus one field; a day of 60 s steps with 2,000 emitting links is about 35 MB.
 *
 * <p>Once a history is made, step the model only through {@link #advance} and do not reset its
 * field; a model stepped or reset elsewhere is detected and refused.
 */
public final class SourceHistory {
  private final DispersionModel model;
  private final LinkCells links;
  private final double[] initialField;
  private final double startTime;
  private final long startSteps;
  private final long startResets;
  private final double[] cellBuffer;

  private int steps;
  private double[] dt = new double[64];
  private double[] end = new double[64];
  private double[] speed = new double[64];
  private double[] direction = new double[64];
  private int[] stepStart = new int[65];
  private int[] linkIndex = new int[256];
  private double[] grams = new double[256];

  /** Starts recording {@code model} from its present field and time. */
  public SourceHistory(DispersionModel model, LinkCells links) {
    this.model = Objects.requireNonNull(model, "model");
    this.links = Objects.requireNonNull(links, "links");
    if (links.cellCount() != model.grid().cellCount()) {
      throw new IllegalArgumentException("link cells were built for " + links.cellCount()
          + " cells, the model has " + model.grid().cellCount());
    }
    this.initialField = model.concentrations();
    this.startTime = model.time();
    this.startSteps = model.stepCount();
    this.startResets = model.resetCount();
    this.cellBuffer = new double[model.grid().cellCount()];
  }

  /**
   * Spreads the links' emissions over cells, steps the model and records the step.
   *
   * @param dt           step [s]
   * @param gramsPerLink mass each link emitted during the step [g], >= 0, length {@link
   *                     LinkCells#linkCount()}; not kept
   * @param wind         the wind during the step
   */
  public void advance(double dt, double[] gramsPerLink, WindPeriod wind) {
    checkInSync();
    links.spread(gramsPerLink, cellBuffer);
    model.step(dt, cellBuffer, wind);
    if (steps == this.dt.length) {
      int cap = 2 * steps;
      this.dt = Arrays.copyOf(this.dt, cap);
      end = Arrays.copyOf(end, cap);
      speed = Arrays.copyOf(speed, cap);
      direction = Arrays.copyOf(direction, cap);
      stepStart = Arrays.copyOf(stepStart, cap + 1);
    }
    this.dt[steps] = dt;
    end[steps] = model.time();
    speed[steps] = wind.speed();
    direction[steps] = wind.direction();
    int k = stepStart[steps];
    for (int l = 0; l < gramsPerLink.length; l++) {
      if (gramsPerLink[l] != 0) {
        if (k == linkIndex.length) {
          linkIndex = Arrays.copyOf(linkIndex, 2 * k);
          grams = Arrays.copyOf(grams, 2 * k);
        }
        linkIndex[k] = l;
        grams[k++] = gramsPerLink[l];
      }
    }
    stepStart[++steps] = k;
  }

  void checkInSync() {
    if (model.stepCount() != startSteps + steps || model.resetCount() != startResets) {
      throw new IllegalStateException("the dispersion model was stepped or reset outside its "
          + "source history; step it only through SourceHistory.advance");
    }
  }

  /** The model being recorded. */
  public DispersionModel model() {
    return model;
  }

  /** The link-to-cell weights. */
  public LinkCells links() {
    return links;
  }

  /** Steps recorded. */
  public int stepCount() {
    return steps;
  }

  /** Simulation time at which recording started [s]. */
  public double startTime() {
    return startTime;
  }

  double[] initialField() {
    return initialField;
  }

  double dt(int s) {
    return dt[s];
  }

  /** Time at the end of step {@code s} [s]. */
  double end(int s) {
    return end[s];
  }

  WindPeriod wind(int s) {
    return new WindPeriod(0, speed[s], direction[s]);
  }

  int stepStart(int s) {
    return stepStart[s];
  }

  int linkIndex(int k) {
    return linkIndex[k];
  }

  double grams(int k) {
    return grams[k];
  }
}
