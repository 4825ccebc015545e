package org.citysim.app.sweep.spark;

import static org.citysim.app.sweep.spark.Sweeps.assertSameOutcomes;

import java.util.List;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.launch.SparkOptions;
import org.junit.jupiter.api.Test;

/**
 * The engine as the command uses it: it starts its own context ({@code local[1]} here, one
 * core) and stops it at the end. One test, so one context start for the class.
 */
class SparkEngineOwnContextTest {
  @Test
  void oneCore_givesTheSameOutcomes_asSequentialRuns_fakeAndReal() throws Exception {
    SparkOptions local1 = SparkOptions.defaults().withMaster("local[1]").withRunsPerTask(2, 2);
    SweepJob job = Sweeps.job(1);
    List<RunTask> tasks = Sweeps.tasks(5, 3, 11);
    FakeRunner fake = new FakeRunner(1, 3);
    List<RunOutcome> fakeGot = Sweeps.run(new SparkEngine(fake, local1), job, tasks);
    assertSameOutcomes(Sweeps.sequential(fake, job, tasks), fakeGot);

    List<RunTask> real = Sweeps.tasks(3, 2, 21);
    SimulationRunner sim = new SimulationRunner();
    assertSameOutcomes(Sweeps.sequential(sim, job, real),
        Sweeps.run(new SparkEngine(sim, local1), job, real));
  }
}
