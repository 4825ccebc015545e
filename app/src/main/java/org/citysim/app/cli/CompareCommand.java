package org.citysim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citysim.app.BuildInfo;
import org.citysim.reports.ComparisonWriter;
import org.citysim.reports.compare.RunData;
import org.citysim.reports.compare.RunFolderException;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code citysim compare RUN_DIR... [--out DIR]}: compares finished runs side by side, the first
 * as the reference, and writes a comparison folder ({@code index.html}, {@code comparison.csv},
 * charts).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare run folders side by side; the first is the reference.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "RUN_DIR",
      description = "Run folders written by citysim run (at least two).")
  List<Path> runs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Comparison folder (default: runs/compare-<run>-vs-<run>...).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<RunFolderException> bad = new ArrayList<>();
    List<RunData> data = ComparisonWriter.read(runs, bad);
    if (!bad.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (RunFolderException e : bad) {
        problems.add(new Problem(e.file(), e.line(), e.column(), "", e.getMessage(), e.hint()));
      }
      throw new ScenarioException(problems);
    }
    Path dir = out != null ? out : ComparisonWriter.defaultFolder(data);
    Optional<String> refused = ComparisonWriter.problem(dir);
    if (refused.isPresent()) {
      throw new ScenarioException(new Problem(null, 0, 0, "--out", refused.get(),
          "choose a new or empty folder, or an earlier comparison folder"));
    }
    try {
      new ComparisonWriter(BuildInfo.current().version()).write(data, dir, true);
    } catch (IOException e) {
      throw new ScenarioException(new Problem(null, 0, 0, "--out",
          "cannot write the comparison folder " + dir + ": " + e.getMessage(),
          "check that the folder is writable and the disk has space"));
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println("compared " + data.size() + " runs: " + String.join(", ",
        data.stream().map(RunData::label).toList()) + " (the first is the reference)");
    w.println("comparison folder: " + dir.toAbsolutePath().normalize());
    w.flush();
    return 0;
  }
}
