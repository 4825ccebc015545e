package org.citysim.app.cli;

import java.io.PrintWriter;
import org.citysim.app.BuildInfo;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code citysim} command. */
@Command(name = "citysim", mixinStandardHelpOptions = true,
    versionProvider = CitysimCommand.Version.class,
    description = "Discrete-event city simulation: run scenarios, validate them, compare runs, "
        + "sweep parameters, benchmark.")
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

  /**
   * The subcommands, in help order. Added to the command line on demand: picocli reads each
   * command's annotations when it is added, which costs tens of milliseconds per start.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("run", RunCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("bench", BenchCommand::new);
    m.put("sweep", SweepCommand::new);
    m.put("import", ImportCommand::new);
    m.put("train", TrainCommand::new);
    m.put("evaluate", EvaluateCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** A command line with citysim's error handling and every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * A command line for {@code args}: when they start with a subcommand's name, only that
   * subcommand is added (its help and errors are the same); otherwise all are, for the
   * top-level help, {@code --version} and did-you-mean on a misspelt command.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = base();
    Supplier<Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(args[0], only.get());
    } else {
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    return cl;
  }

  private static CommandLine base() {
    CommandLine cl = new CommandLine(new CitysimCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter err = line.getErr();
      boolean debug = parsed.hasMatchedOption("--debug")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      if (ex instanceof org.citysim.sim.forecast.ModelException
          || ex instanceof org.citysim.sim.dataset.DatasetFormatException) {
        err.println("error: " + ex.getMessage());
        err.flush();
        return USER_ERROR;
      }
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
