package org.citysim.app.sweep.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.scenario.ScenarioException;

/**
 * A real run per task (load the base scenario with the task's overrides and seed, simulate,
 * write nothing), so that the engine is shown to ship real work to executors and back. A
 * stand-in for the application's own runner, which another part of the sweep provides. Public
 * for the overhead benchmark (bench/SparkOverheadBench).
 */
public record SimulationRunner() implements TaskRunner {
  @Override
  public RunOutcome run(SweepJob job, RunTask task) {
    long t0 = System.nanoTime();
    try {
      RunPipeline pipeline = new RunPipeline(new BuildInfo("test", "test"));
      Path file = Path.of(job.scenarioFile());
      RunResult r = pipeline.run(pipeline.load(file, task.overrides(), task.seed()), file, null,
          Progress.QUIET).result();
      Map<String, Double> kpis = new TreeMap<>();
      for (String key : job.kpis()) {
        Number n = r.kpis().get(key);
        if (n != null) {
          kpis.put(key, n.doubleValue());
        }
      }
      return new RunOutcome(task, RunOutcome.Status.OK, null, (System.nanoTime() - t0) / 1e9,
          kpis);
    } catch (ScenarioException | IOException | RuntimeException e) {
      return new RunOutcome(task, RunOutcome.Status.FAILED, String.valueOf(e.getMessage()),
          (System.nanoTime() - t0) / 1e9, Map.of());
    }
  }
}
