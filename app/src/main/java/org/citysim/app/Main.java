package org.citysim.app;

import org.citysim.app.cli.CitysimCommand;
import picocli.CommandLine;

/** Entry point: {@code citysim run|validate|bench ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 internal error, 2 user error). */
  public static int execute(String... args) {
    return CitysimCommand.commandLine().execute(args);
  }

  /** Like {@link #execute(String...)}, printing to the given writers (for tests and tools). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return CitysimCommand.commandLine().setOut(out).setErr(err).execute(args);
  }
}
