package org.citysim.app;

import org.citysim.app.cli.CitysimCommand;
import picocli.CommandLine;

/** Entry point: {@code citysim run|validate|bench ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = execute(args);
    } catch (OutOfMemoryError e) {
      // picocli's handler sees exceptions only; an Error would end in a raw stack trace.
      System.err.println("citysim: out of memory (hint: a smaller scenario, or more heap with"
          + " CITYSIM_JAVA_OPTS=-Xmx8g)");
      code = 1;
    }
    System.exit(code);
  }

  /** Runs the command line and returns the exit code (0 ok, 1 internal error, 2 user error). */
  public static int execute(String... args) {
    return CitysimCommand.commandLine(args).execute(args);
  }

  /** Like {@link #execute(String...)}, printing to the given writers (for tests and tools). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return CitysimCommand.commandLine(args).setOut(out).setErr(err).execute(args);
  }
}
