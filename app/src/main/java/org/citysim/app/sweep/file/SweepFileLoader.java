package org.citysim.app.sweep.file;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.design.Design;
import org.citysim.app.sweep.design.DesignOptionException;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.yaml.Loc;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.scenario.yaml.Val;
import org.citysim.sim.scenario.yaml.YList;
import org.citysim.sim.scenario.yaml.YMap;
import org.citysim.sim.scenario.yaml.YNode;
import org.citysim.sim.scenario.yaml.YScalar;
import org.citysim.sim.scenario.yaml.YamlTreeReader;

/**
 * Reads and validates a sweep file (format in {@code docs/sweeps.md}), reporting every problem
 * with its line, column, field and a hint, as the scenario loader does. Beyond the file's own
 * shape it tries each parameter's extreme values (a range's min and max, every level and
 * choice) and the all-min and all-max points on the base scenario, so a wrong path or a value
 * the scenario refuses is an error before any run.
 */
public final class SweepFileLoader {
  /** Columns of the results store that parameters and KPIs must not be named like. */
  public static final Set<String> RESERVED = Set.of("point", "replication", "seed", "status",
      "error", "wall_seconds");
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

  private final DesignFactory designs;
  private final KnownKpis known = new KnownKpis();

  public SweepFileLoader(DesignFactory designs) {
    this.designs = designs;
  }

  /**
   * Reads {@code file}.
   *
   * @throws ScenarioException with every problem found, each located in the sweep file (or in
   *                           the base scenario, for a problem of the scenario itself)
   */
  public SweepFile load(Path file) throws ScenarioException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(abs);
    String text = read(abs, problems, "sweep file");
    problems.throwIfAny();
    YNode root = YamlTreeReader.forFile(problems).read(text);
    if (!(root instanceof YMap map)) {
      if (problems.isEmpty()) {
        problems.add(root == null ? Loc.at(1, 1) : root.loc(), "", root == null
            ? "the file is empty" : "the top level must be an object of 'key: value' lines",
            "a sweep needs at least scenario, parameters and kpis (see docs/sweeps.md)");
      }
      problems.throwIfAny();
      throw new IllegalStateException("unreachable: a non-object root always has a problem");
    }
    Obj o = Obj.root(map, problems);
    o.checkKeys("name", "description", "scenario", "seed", "replications",
        "commonRandomNumbers", "design", "parameters", "set", "kpis", "report");
    String stem = abs.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String name = o.optText("name", stem);
    if (!name.matches(NAME)) {
      (o.has("name") ? o.opt("name") : new Val(map, "name", problems)).problem(
          "the name '" + name + "' is not a plain folder name",
          "use letters, digits, '.', '_' and '-' (it names the folder sweeps/<name>)");
    }
    long seed = o.optLong("seed", 1, Range.ANY);
    int replications = o.optInt("replications", 1, Range.closed(1, 100_000));
    boolean crn = o.optBool("commonRandomNumbers", true);
    Path scenario = null;
    String scenarioText = null;
    Val scenarioVal = o.require("scenario");
    String scenarioName = scenarioVal == null ? null : scenarioVal.text();
    if (scenarioName != null) {
      scenario = abs.getParent().resolve(scenarioName).normalize();
      Problems sp = new Problems(abs);
      scenarioText = read(scenario, sp, "scenario file");
      if (!sp.isEmpty()) {
        scenarioVal.problem(sp.sorted().get(0).message() + ": " + scenario,
            "the path is relative to the sweep file's folder");
      }
    }
    List<String> set = new ArrayList<>();
    List<Val> setVals = o.optList("set");
    for (Val v : setVals) {
      String s = v.text();
      if (s != null && !s.contains("=")) {
        v.problem("expected path=value", "write e.g. \"agents[0].agent=pid\"");
      }
      set.add(s);
    }
    List<Parameter> parameters = new ArrayList<>();
    List<Val> paramVals = o.optList("parameters");
    if (!o.has("parameters")) {
      o.require("parameters");
    } else if (paramVals.isEmpty() && o.opt("parameters").node() instanceof YList) {
      o.opt("parameters").problem("no parameters", "list at least one field to sweep");
    }
    for (Val v : paramVals) {
      Obj po = v.obj();
      parameters.add(po == null ? null : ParameterReader.read(po));
    }
    List<String> written = new ArrayList<>();
    List<String> kpis = kpis(o, written);
    List<BestWorst> bestWorst = bestWorst(o, written);
    checkNames(paramVals, parameters, kpis, problems);
    String designType = "full-factorial";
    Map<String, Object> designOptions = new LinkedHashMap<>();
    Map<String, Loc> designLocs = new LinkedHashMap<>();
    Val designVal = o.opt("design");
    if (designVal != null) {
      designType = designSpec(designVal, designOptions, designLocs);
    }
    boolean shapeOk = problems.isEmpty();
    Design design = null;
    if (shapeOk && designType != null) {
      try {
        design = designs.create(designType, designOptions);
        int points = design.plan(parameters, seed).points().size();
        if ((long) points * replications > Integer.MAX_VALUE) {
          problems.add(designVal == null ? map.loc() : designVal.loc(), "design",
              "the design has too many runs (" + points + " points x " + replications
                  + " replications)", "use fewer points, levels or replications");
        }
      } catch (IllegalArgumentException e) {
        // A design names the option at fault, or none when its type is.
        String option = e instanceof DesignOptionException d ? d.option() : null;
        String key = option == null ? "type" : option;
        Loc at = designLocs.getOrDefault(key, designVal == null ? map.loc() : designVal.loc());
        problems.add(at, designLocs.containsKey(key) ? "design." + key : "design",
            e.getMessage(), "see docs/sweeps.md for the designs and their options");
      }
    }
    problems.throwIfAny();
    new ProbeCheck(new ScenarioProbe(scenario, scenarioText), problems)
        .check(set, setVals, parameters, paramVals);
    problems.throwIfAny();
    return new SweepFile(abs, text, name, scenario, scenarioText, seed, replications, crn,
        designType, designOptions, design, parameters, set, kpis, bestWorst);
  }

  /** The valid KPIs; {@code written} gets every name written, valid or not. */
  private List<String> kpis(Obj o, List<String> written) {
    List<String> kpis = new ArrayList<>();
    Val list = o.require("kpis");
    if (list == null) {
      return kpis;
    }
    List<Val> vals = o.optList("kpis");
    if (vals.isEmpty() && list.node() instanceof YList) {
      list.problem("no KPIs", "list summary.json paths to collect, e.g. [delay.mean]");
    }
    for (Val v : vals) {
      String k = v.text();
      if (k == null) {
        continue;
      }
      written.add(k);
      if (!KnownKpis.wellFormed(k) || !known.known(k)) {
        String guess = Suggest.closest(k, known.keys());
        v.problem("unknown KPI '" + k + "'", (guess == null ? "" : "did you mean '" + guess
            + "'? ") + "KPIs are summary.json paths such as delay.mean, aqi.peak, "
            + "emissions.co2.kg or pollution.stations[0].peakAqi (docs/sweeps.md lists them)");
      } else if (k.equals(KpiKeys.CONTROL_LOS)) {
        v.problem("'" + k + "' is a text grade, not a number",
            "collect " + KpiKeys.CONTROL_DELAY_MEAN + ", the delay the grade is read from");
      } else if (kpis.contains(k)) {
        v.problem("KPI '" + k + "' is listed twice", "list each KPI once");
      } else {
        kpis.add(k);
      }
    }
    return kpis;
  }

  /** The best/worst KPIs; one not among {@code kpis} (as written) is a problem. */
  private static List<BestWorst> bestWorst(Obj o, List<String> kpis) {
    List<BestWorst> out = new ArrayList<>();
    Obj report = o.optObj("report");
    if (report == null) {
      return out;
    }
    report.checkKeys("bestWorst");
    for (Val v : report.optList("bestWorst")) {
      String kpi;
      boolean higher = false;
      if (v.node() instanceof YMap) {
        Obj bo = v.obj();
        bo.checkKeys("kpi", "better");
        kpi = bo.requireText("kpi");
        String better = bo.optText("better", "lower");
        if (!better.equals("lower") && !better.equals("higher")) {
          bo.opt("better").problem("expected lower or higher, got '" + better + "'",
              "lower for delays and emissions, higher for throughputs");
        }
        higher = better.equals("higher");
      } else {
        kpi = v.text();
      }
      if (kpi != null && !kpis.contains(kpi)) {
        v.problem("'" + kpi + "' is not one of the sweep's kpis", "add it to kpis, or "
            + "choose one of " + String.join(", ", kpis));
      } else if (kpi != null) {
        out.add(new BestWorst(kpi, higher));
      }
    }
    return out;
  }

  /** Parameters and KPIs become store columns: their names must differ from each other. */
  private static void checkNames(List<Val> paramVals, List<Parameter> parameters,
      List<String> kpis, Problems problems) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p == null) {
        continue;
      }
      Val at = paramVals.get(i);
      String path = p.path();
      if (path.equals("simulation.seed") || path.equals("simulation.replication")) {
        problems.add(at.loc(), at.path() + ".path", "the sweep sets '" + path
            + "' of every run itself", "sweep seeds with 'seed' and 'replications'");
      } else if (seen.contains(path)) {
        problems.add(at.loc(), at.path() + ".path", "parameter '" + path + "' is listed twice",
            "list each field once");
      } else if (kpis.contains(path) || RESERVED.contains(path)) {
        problems.add(at.loc(), at.path() + ".path", "'" + path + "' is also the name of a "
            + (kpis.contains(path) ? "KPI" : "results column"), "results need distinct names");
      }
      seen.add(path);
    }
  }

  /** The design's type; its options go to {@code options}. */
  private static String designSpec(Val v, Map<String, Object> options, Map<String, Loc> locs) {
    if (v.node() instanceof YScalar) {
      locs.put("type", v.loc());
      return v.text();
    }
    Obj d = v.obj();
    if (d == null) {
      return null;
    }
    String type = d.requireText("type");
    YMap m = (YMap) v.node();
    for (YMap.Entry e : m.entries()) {
      locs.put(e.key(), e.keyLoc());
      if (e.key().equals("type")) {
        continue;
      }
      if (e.value() instanceof YScalar s && !s.isNull()) {
        options.put(e.key(), s.value() instanceof Number n ? n : s.text());
      } else {
        new Val(e.value(), d.field(e.key()), v.problems(), e.keyLoc())
            .problem("expected a number or a text", "e.g. points: 40");
      }
    }
    return type;
  }

  private static String read(Path file, Problems problems, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.add("", what + " not found", "check the path");
    } catch (CharacterCodingException e) {
      problems.add("", "the " + what + " is not UTF-8 text", "save it as UTF-8");
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "it is a folder" : e.toString();
      problems.add("", "cannot read the " + what + ": " + why, "check the path and permissions");
    }
    return null;
  }

  /** A sweep-file problem of {@code file} (for callers that find one after loading). */
  public static ScenarioException problem(Path file, String field, String message,
      String hint) {
    return new ScenarioException(new Problem(file, 0, 0, field, message, hint));
  }
}
