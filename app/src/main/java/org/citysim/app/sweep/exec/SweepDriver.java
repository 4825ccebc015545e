package org.citysim.app.sweep.exec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citysim.app.BuildInfo;
import org.citysim.app.progress.Progress;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.SweepEngines;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.store.ResultStore;
import org.citysim.app.sweep.store.ResultStoreException;
import org.citysim.app.sweep.store.ResultStores;
import org.citysim.app.sweep.store.StoreSchema;
import org.citysim.app.sweep.store.StoredRun;
import org.citysim.reports.sweep.RunLink;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Carries out a sweep: checks the output folder, opens or resumes the results store (a
 * resumed sweep must be the same sweep file on the same base scenario), lets the engine make
 * the runs not recorded yet while recording each outcome as it arrives, then exports the
 * results, makes the best and worst runs again and calls the {@link SweepFinisher}.
 */
public final class SweepDriver {
  private final SweepFile file;
  private final SweepOptions options;
  private final TaskRunner runner;
  private final PrintWriter out;
  private final BuildInfo build;

  /**
   * @param runner makes each run (the scenario runner; tests hand in others)
   * @param out    where the run lines and the closing summary go
   */
  public SweepDriver(SweepFile file, SweepOptions options, TaskRunner runner, PrintWriter out,
      BuildInfo build) {
    this.file = file;
    this.options = options;
    this.runner = runner;
    this.out = out;
    this.build = build;
  }

  /**
   * What a sweep session did.
   *
   * @param folder       the output folder
   * @param total        runs in the sweep
   * @param made         runs made in this session
   * @param failed       runs recorded as failed, over all sessions
   * @param seconds      wall time of this session's runs [s]
   * @param links        best and worst runs made again
   * @param report       the sweep report's page
   * @param warnings     things the user should know (failed runs, re-runs that differ)
   */
  public record Result(SweepFolder folder, int total, int made, int failed, double seconds,
      List<RunLink> links, Path report, List<String> warnings) {
    /** Runs made per minute in this session (0 when none was made). */
    public double runsPerMinute() {
      return made == 0 || seconds <= 0 ? 0 : made * 60 / seconds;
    }
  }

  /**
   * Runs the sweep.
   *
   * @throws ScenarioException for a user error: the folder, the engine, a changed sweep
   */
  public Result run() throws Exception {
    SweepEngine engine;
    try {
      engine = SweepEngines.create(options.engine(), runner);
    } catch (IllegalArgumentException e) {
      throw userError("--engine", e.getMessage(), "");
    }
    SweepFolder folder = SweepFolder.of(file.name(), options.out());
    prepare(folder);
    DesignPlan plan = file.plan();
    List<RunTask> tasks = file.tasks(plan);
    Map<Integer, List<Object>> values = new HashMap<>();
    for (DesignPoint p : plan.points()) {
      values.put(p.index(), p.values());
    }
    List<String> warnings = new ArrayList<>();
    List<StoredRun> runs;
    RunCounter count;
    try (ResultStore store = openStore(folder)) {
      Map<String, RunOutcome.Status> recorded = recordedOrInit(store, tasks.size());
      List<RunTask> todo = tasks.stream().filter(t -> !recorded.containsKey(t.key())
          || (options.retryFailed() && recorded.get(t.key()) == RunOutcome.Status.FAILED))
          .toList();
      count = new RunCounter(folder, tasks.size(), todo, recorded);
      header(folder, plan, tasks.size(), todo.size());
      try (Progress.Task bar = (options.progressBar() ? Progress.forTerminal(false)
          : Progress.QUIET).start("sweep " + file.name(), todo.size())) {
        engine.run(file.job(options.parallelism()), todo, o -> {
          try {
            store.record(o, values.get(o.task().point()));
          } catch (ResultStoreException e) {
            throw new StoreFailure(e);
          }
          count.add(o);
          bar.update(count.made);
          if (options.runLines()) {
            line(count, o);
          }
        });
      } catch (StoreFailure e) {
        throw e.getCause();
      }
      count.progress("finishing", true);
      store.exportCsv(folder.csv());
      store.exportParquet(folder.parquet());
      runs = store.runs();
    }
    List<RunLink> links = new BestWorstRuns(file, plan, folder, build).make(runs, warnings);
    Path report = new SweepFinisher().finish(new SweepFinisher.Finished(file, plan, folder,
        runs, links, build));
    count.progress("finished", true);
    runs.stream().filter(r -> r.status() == RunOutcome.Status.FAILED).findFirst()
        .ifPresent(r -> warnings.add(0, count.failed + " of " + tasks.size() + " runs failed;"
            + " first: point " + r.point() + " replication " + r.replication() + ": "
            + r.error()));
    return new Result(folder, tasks.size(), count.made, count.failed, count.seconds(), links,
        report, warnings);
  }

  /** Refuses a non-empty folder unless resuming, then creates it. */
  private void prepare(SweepFolder folder) throws ScenarioException, IOException {
    Path dir = folder.dir();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw userError("--out", "output path exists and is not a folder: " + dir,
          "choose a folder with --out");
    }
    if (folder.nonEmpty() && !options.resume()) {
      throw userError("--out", "refusing to start a sweep in " + dir.toAbsolutePath()
          .normalize() + ": the folder is not empty", "add --resume to continue the sweep"
          + " there, or choose another folder with --out");
    }
    if (folder.nonEmpty() && !Files.isRegularFile(folder.store())) {
      throw userError("--out", "nothing to resume in " + dir + ": it has no "
          + ResultStores.FILE, "choose the sweep's folder, or a new one without --resume");
    }
    Files.createDirectories(dir);
  }

  private static ResultStore openStore(SweepFolder folder) throws ScenarioException,
      ResultStoreException {
    try {
      return ResultStores.open(folder.store(), false);
    } catch (ResultStoreException e) {
      if (e.busy()) {
        throw userError("--out", e.getMessage(), "wait for it (citysim sweep status FILE)"
            + " or stop it first");
      }
      throw e;
    }
  }

  /** The runs recorded so far; a new store is initialised with this sweep's identity. */
  private Map<String, RunOutcome.Status> recordedOrInit(ResultStore store, int total)
      throws ScenarioException, ResultStoreException {
    StoreSchema schema = schema();
    if (store.schema() == null) {
      store.initialise(schema, identity(total));
      return Map.of();
    }
    Map<String, String> meta = store.metadata();
    if (!file.textHash().equals(meta.get("sweep.sha256"))) {
      throw userError("--resume", "the sweep file changed since the sweep in this folder "
          + "started", "a resumed sweep must be the same sweep: restore the file, or start a"
          + " new sweep with another --out");
    }
    if (!file.scenarioHash().equals(meta.get("scenario.sha256"))) {
      throw userError("--resume", "the base scenario " + file.scenario() + " changed since "
          + "the sweep in this folder started", "restore it, or start a new sweep with "
          + "another --out");
    }
    if (!schema.equals(store.schema())) {
      throw userError("--resume", "the results store has other columns than this sweep"
          + " makes", "start a new sweep with another --out");
    }
    return store.recorded();
  }

  private StoreSchema schema() {
    List<StoreSchema.Column> columns = new ArrayList<>();
    for (Parameter p : file.parameters()) {
      boolean numeric = p instanceof Parameter.Range || (p instanceof Parameter.Levels l
          && l.values().stream().allMatch(v -> v instanceof Number));
      columns.add(new StoreSchema.Column(p.path(), numeric));
    }
    return new StoreSchema(columns, file.kpis());
  }

  private Map<String, String> identity(int total) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sweep.name", file.name());
    m.put("sweep.file", file.file().toString());
    m.put("sweep.sha256", file.textHash());
    m.put("sweep.text", file.text());
    m.put("scenario.file", file.scenario().toString());
    m.put("scenario.sha256", file.scenarioHash());
    m.put("design", file.designType());
    m.put("runs", Integer.toString(total));
    m.put("citysim.version", build.version());
    m.put("citysim.commit", build.commit());
    m.put("created", Instant.now().toString());
    return m;
  }

  private void header(SweepFolder folder, DesignPlan plan, int total, int todo) {
    out.printf(Locale.ROOT, "sweep %s: %s design, %d points x %d replications = %d runs"
        + "%s; engine %s, %d at once; results in %s%n", file.name(), file.designType(),
        plan.points().size(), file.replications(), total,
        todo == total ? "" : " (" + (total - todo) + " recorded, " + todo + " to make)",
        options.engine(), options.parallelism(), folder.dir());
    out.flush();
  }

  private void line(RunCounter c, RunOutcome o) {
    out.printf(Locale.ROOT, "run %d/%d: point %d replication %d %s (%.2f s)%n", c.done,
        c.total, o.task().point(), o.task().replication(),
        o.status() == RunOutcome.Status.OK ? "ok" : "FAILED: " + o.error(), o.wallSeconds());
    out.flush();
  }

  static ScenarioException userError(String field, String message, String hint) {
    return new ScenarioException(new Problem(null, 0, 0, field, message, hint));
  }

  /** A store failure inside the engine's sink, carried out of it. */
  private static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(ResultStoreException cause) {
      super(cause);
    }

    @Override
    public synchronized ResultStoreException getCause() {
      return (ResultStoreException) super.getCause();
    }
  }
}
