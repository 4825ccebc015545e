package org.citysim.app.sweep.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.reports.json.SummaryValues;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;

/**
 * Runs a sweep task on the base scenario: loads the scenario text of the job with the task's
 * overrides and its seed and replication (as {@code --set simulation.seed=S --set
 * simulation.replication=R}, so {@code citysim run} with the same settings gives the same
 * run), simulates it with no output folder (including the baseline run without incidents when
 * the scenario asks for one) and reads the job's KPIs from the run's summary.
 *
 * <p>The scenario text is parsed again for every run, because loading edits the parsed tree
 * with the overrides; parsing a scenario costs about a millisecond against a run's tenths of a
 * second. Holds no state, so one instance serves any number of threads.
 */
public final class ScenarioTaskRunner implements TaskRunner {
  private static final long serialVersionUID = 1L;

  @Override
  public RunOutcome run(SweepJob job, RunTask task) {
    long t0 = System.nanoTime();
    try {
      RunResult result = simulate(job, task);
      Map<String, Object> summary = SummaryValues.of(result);
      Map<String, Double> kpis = new TreeMap<>();
      for (String kpi : job.kpis()) {
        Object v = summary.get(kpi);
        if (!(v instanceof Double d)) {
          return failed(task, t0, v == null
              ? "summary.json has no '" + kpi + "' (the scenario may lack what it measures,"
                  + " e.g. stations for aqi.*, signals for control.*)"
              : "'" + kpi + "' is not a number in summary.json (it is '" + v + "')");
        }
        kpis.put(kpi, d);
      }
      return new RunOutcome(task, RunOutcome.Status.OK, null, seconds(t0), kpis);
    } catch (ScenarioException e) {
      List<String> lines = new ArrayList<>();
      e.problems().forEach(p -> lines.add(p.format()));
      return failed(task, t0, String.join("; ", lines));
    } catch (StackOverflowError e) {
      return failed(task, t0, "stack overflow in the simulation"
          + where(e) + " (hint: run it alone with citysim run to see more, or --debug)");
    } catch (OutOfMemoryError e) {
      return failed(task, t0, "out of memory (hint: fewer runs at once with --parallel, or"
          + " more heap with CITYSIM_JAVA_OPTS=-Xmx8g)");
    } catch (Exception | Error e) {
      // Anything else a run throws is this run's failure; the other runs go on.
      return failed(task, t0, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where(e));
    }
  }

  /** Loads and simulates the task's scenario, writing nothing. */
  public static RunResult simulate(SweepJob job, RunTask task) throws Exception {
    Path file = Path.of(job.scenarioFile());
    Scenario s = new ScenarioLoader().load(file, job.scenarioYaml(), overrides(task));
    return new RunPipeline(BuildInfo.current()).run(s, file, null, Progress.QUIET).result();
  }

  /** The overrides that make the base scenario into the task's run. */
  public static List<String> overrides(RunTask task) {
    List<String> all = new ArrayList<>(task.overrides());
    all.add("simulation.seed=" + task.seed());
    all.add("simulation.replication=" + task.replication());
    return all;
  }

  private static RunOutcome failed(RunTask task, long t0, String error) {
    return new RunOutcome(task, RunOutcome.Status.FAILED, error.replaceAll("\\s*\\R\\s*", " "),
        seconds(t0), Map.of());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** " at Class.method(File:line)" of the first frame, to find a bug from the store. */
  private static String where(Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    return st.length == 0 ? "" : " at " + st[0];
  }
}
