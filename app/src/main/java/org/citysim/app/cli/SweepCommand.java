package org.citysim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citysim.app.BuildInfo;
import org.citysim.app.sweep.exec.SweepDriver;
import org.citysim.app.sweep.exec.SweepOptions;
import org.citysim.app.sweep.file.DesignFactory;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.citysim.app.sweep.run.ScenarioTaskRunner;
import org.citysim.app.sweep.store.ResultStoreException;
import org.citysim.reports.sweep.RunLink;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citysim sweep FILE}: run every design point and replication of a sweep file. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    subcommands = SweepStatusCommand.class,
    description = {"Run a parameter sweep: every design point and replication of a sweep file,"
        + " recorded in a results store (DuckDB) and exported to CSV and Parquet.",
        "See docs/sweeps.md for the sweep file format."})
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Sweep YAML file.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: sweeps/<sweep name>).")
  Path out;

  @Option(names = "--resume",
      description = "Continue the sweep in its non-empty output folder, skipping recorded runs.")
  boolean resume;

  @Option(names = "--retry-failed",
      description = "With --resume: make the runs recorded as failed again.")
  boolean retryFailed;

  @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
      description = "Engine: local (default: this machine) or spark.")
  String engine;

  @Option(names = "--parallel", paramLabel = "N",
      description = "Runs at once (default: the number of processors).")
  Integer parallel;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no line per run.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required parameter: 'FILE' (or the subcommand 'status')");
    }
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--parallel must be at least 1, got " + parallel);
    }
    if (retryFailed && !resume) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--retry-failed goes with --resume");
    }
    SweepFile sweep = new SweepFileLoader(DesignFactory.standard()).load(file);
    // A bar on an interactive terminal; elsewhere (logs, CI, pipes) a line per finished run.
    boolean terminal = !quiet && System.getenv("CI") == null && System.console() != null;
    SweepOptions options = new SweepOptions(out, resume, retryFailed, engine, threads,
        terminal, !quiet && !terminal);
    PrintWriter w = spec.commandLine().getOut();
    SweepDriver.Result r;
    try {
      r = new SweepDriver(sweep, options, new ScenarioTaskRunner(), w, BuildInfo.current())
          .run();
    } catch (ResultStoreException e) {
      // The store's file cannot be used (rights, disk, not a DuckDB file): the user's to fix.
      throw new ScenarioException(new Problem(null, 0, 0, "--out", e.getMessage(),
          "check the folder, or choose another with --out"));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : r.warnings()) {
      err.println("warning: " + warning);
    }
    err.flush();
    w.printf(Locale.ROOT, "sweep %s: %d runs recorded, %d failed; made %d now in %.1f s"
        + " (%.1f runs/min)%n", sweep.name(), r.total(), r.failed(), r.made(), r.seconds(),
        r.runsPerMinute());
    Path dir = r.folder().dir().toAbsolutePath().normalize();
    w.println("results: " + dir.resolve("results.duckdb") + " (also results.csv, "
        + "results.parquet)");
    for (RunLink l : r.links()) {
      w.printf(Locale.ROOT, "%s: point %d replication %d (%s): %s%n", l.label(), l.point(),
          l.replication(), l.value(), dir.resolve(l.folder()));
    }
    w.println("report: " + r.report().toAbsolutePath().normalize());
    w.flush();
    return 0;
  }
}
