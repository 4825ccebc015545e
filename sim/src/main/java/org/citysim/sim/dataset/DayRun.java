package org.citysim.sim.dataset;

import java.util.List;
import org.citysim.sim.forecast.SlotSampler;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.run.ProgressListener;
import org.citysim.sim.run.Simulation;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.sensor.ApproachSensor;

/**
 * Simulates one day of a data set: builds the day's scenario, reads the layout's sensors every
 * sensor interval into a {@link SlotSampler}, and labels the slots from the incident log.
 * Nothing is written and nothing printed.
 */
final class DayRun {
  /**
   * What a day gave.
   *
   * @param values    {@code values[slot][sensor][feature]}
   * @param blocked   {@code blocked[slot][sensor]}
   * @param incidents incidents that occurred in the day
   */
  record Result(float[][][] values, boolean[][] blocked, int incidents) {}

  private DayRun() {}

  /**
   * @param day         the day's scenario ({@link DayScenario})
   * @param layout      the sensors to read
   * @param slot        slot length [s]
   * @param slots       slots of the day
   * @param minCoverage see {@link DatasetOptions#minCoverage()}
   */
  static Result run(Scenario day, SensorLayout layout, double slot, int slots,
      double minCoverage) throws ScenarioException {
    Simulation sim = SimulationBuilder.build(day, "", null);
    List<ApproachSensor> sensors = layout.attach(sim);
    double start = day.simulation().start();
    SlotSampler sampler = new SlotSampler(start, slot, layout.freeSpeeds(), minCoverage, 1);
    float[][][] values = new float[slots][][];
    sampler.onSlot((k, v) -> {
      if (k < slots) {
        values[k] = v;
      }
    });
    double every = sim.sensors().interval();
    sim.observe(start + every, every, now -> sampler.poll(sensors));
    RunResult r = sim.run(ProgressListener.NONE);
    sampler.closeUntil(start + slots * slot);
    List<IncidentRecord> incidents = r.incidents().incidents();
    boolean[][] blocked = IncidentLabels.blocked(incidents, day.incidents().enabled()
        ? day.incidents().closures() : List.of(), layout.links(), start, slot, slots,
        day.simulation().end());
    return new Result(values, blocked, incidents.size());
  }
}
