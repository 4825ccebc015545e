package org.citysim.app.cli;

import java.io.PrintWriter;
import org.citysim.app.BuildInfo;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code citysim} command. */
@Command(name = "citysim", mixinStandardHelpOptions = true,
    versionProvider = CitysimCommand.Version.class,
    description = "Discrete-event city simulation: run scenarios, validate them, compare runs, "
        + "benchmark.",
    subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class,
        BenchCommand.class, ImportCommand.class})
public final class CitysimCommand implements Runnable {
  /** Exit code of user errors (bad input). */
  public static final int USER_ERROR = 2;
  /** Exit code of internal errors. */
  public static final int INTERNAL_ERROR = 1;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** A command line with citysim's error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CitysimCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter err = line.getErr();
      boolean debug = parsed.hasMatchedOption("--debug")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      if (ex instanceof ScenarioException se) {
        for (Problem p : se.problems()) {
          err.println("error: " + p.format());
        }
        err.flush();
        return USER_ERROR;
      }
      err.println("citysim: internal error: " + ex
          + (debug ? "" : " (run with --debug for the stack trace)"));
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return INTERNAL_ERROR;
    });
    return cl;
  }

  /** Prints the build's version and commit. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      BuildInfo b = BuildInfo.current();
      return new String[] {"citysim " + b.version() + " (" + b.commit() + ")"};
    }
  }
}
