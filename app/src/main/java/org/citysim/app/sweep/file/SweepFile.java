package org.citysim.app.sweep.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.Seeds;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.design.Design;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;

/**
 * A validated sweep file.
 *
 * @param file                the sweep file (absolute)
 * @param text                its text as read
 * @param name                the sweep's name (default: the file name without extension); a
 *                            plain folder name
 * @param scenario            the base scenario file (absolute)
 * @param scenarioText        its text as read
 * @param seed                the sweep seed every run's seed derives from
 * @param replications        runs per design point (at least 1)
 * @param commonRandomNumbers whether replication r uses the same seed at every point
 * @param designType          the design's name, e.g. {@code latin-hypercube}
 * @param designOptions       its options as written (numbers and texts)
 * @param design              the design
 * @param parameters          the swept fields, in file order
 * @param set                 {@code path=value} overrides applied to every run, before the
 *                            parameters'
 * @param kpis                {@code summary.json} paths to collect, in file order
 * @param bestWorst           KPIs whose best and worst runs are made again with full output
 */
public record SweepFile(Path file, String text, String name, Path scenario, String scenarioText,
    long seed, int replications, boolean commonRandomNumbers, String designType,
    Map<String, Object> designOptions, Design design, List<Parameter> parameters,
    List<String> set, List<String> kpis, List<BestWorst> bestWorst) {
  public SweepFile {
    designOptions = Map.copyOf(designOptions);
    parameters = List.copyOf(parameters);
    set = List.copyOf(set);
    kpis = List.copyOf(kpis);
    bestWorst = List.copyOf(bestWorst);
  }

  /** The design's points. */
  public DesignPlan plan() {
    return design.plan(parameters, seed);
  }

  /** Every run of {@code plan}: point by point, replications in order within a point. */
  public List<RunTask> tasks(DesignPlan plan) {
    List<RunTask> tasks = new ArrayList<>(plan.points().size() * replications);
    for (DesignPoint p : plan.points()) {
      List<String> overrides = overrides(p);
      for (int r = 0; r < replications; r++) {
        tasks.add(new RunTask(p.index(), r, Seeds.of(seed, p.index(), r, commonRandomNumbers),
            overrides));
      }
    }
    return tasks;
  }

  /** The overrides of a point: the constant ones, then one per parameter. */
  public List<String> overrides(DesignPoint point) {
    List<String> out = new ArrayList<>(set);
    for (int i = 0; i < parameters.size(); i++) {
      out.add(parameters.get(i).path() + "=" + Parameter.text(point.values().get(i)));
    }
    return out;
  }

  /** What every run shares. */
  public SweepJob job(int parallelism) {
    return new SweepJob(scenario.toString(), scenarioText, kpis, parallelism);
  }

  /** SHA-256 of the sweep file's text (hex): a resumed sweep must be the same sweep. */
  public String textHash() {
    return sha256(text);
  }

  /** SHA-256 of the base scenario's text (hex). */
  public String scenarioHash() {
    return sha256(scenarioText);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
