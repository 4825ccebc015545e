package org.citysim.sim.scenario;

import org.citysim.sim.agent.AgentRegistry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Overrides;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.YMap;
import org.citysim.sim.scenario.yaml.YNode;
import org.citysim.sim.scenario.yaml.YamlTreeReader;

/**
 * Reads a scenario YAML file (see the scenario reference in the README), applies {@code --set}
 * overrides and validates everything, reporting all problems of the file at once, each with its
 * line, column, field path and a hint.
 *
 * <p>Reading goes through a located tree ({@link YamlTreeReader}) rather than data binding, so
 * that every value keeps its position; overrides edit that tree, and hand-written binders turn it
 * into records. Stateless: one loader can be shared.
 */
public final class ScenarioLoader {

  private final java.util.function.Supplier<AgentRegistry> agents;

  /** A loader that finds agent providers on the class path (only if a scenario has agents). */
  public ScenarioLoader() {
    this(AgentRegistry::discover);
  }

  /** A loader that knows exactly these agent providers. */
  public ScenarioLoader(AgentRegistry agents) {
    this(() -> agents);
  }

  private ScenarioLoader(java.util.function.Supplier<AgentRegistry> agents) {
    this.agents = agents;
  }

  /** Loads {@code file} without overrides. */
  public Scenario load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * Reads {@code file}, applies the overrides in order, and validates.
   *
   * @param overrides {@code dotted.path[idx]=yamlValue} strings, e.g. {@code demand.random.rate=3000}
   * @throws ScenarioException with every problem found, ordered by line
   */
  public Scenario load(Path file, List<String> overrides) throws ScenarioException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(abs);
    String text = read(abs, problems);
    problems.throwIfAny();
    return load(abs, text, overrides);
  }

  /**
   * Like {@link #load(Path, List)}, for a scenario whose text was read before (a sweep reads
   * its base scenario once and ships the text to every run, possibly on another machine).
   *
   * @param file the file the text came from: problems name it, and its folder resolves the
   *             files the scenario references; it is not read
   * @param text the scenario's YAML text
   */
  public Scenario load(Path file, String text, List<String> overrides) throws ScenarioException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(abs);
    YNode root = YamlTreeReader.forFile(problems).read(text);
    if (root == null && problems.isEmpty()) {
      problems.add("", "the file is empty", "a scenario needs at least name, simulation, network "
          + "and demand");
    } else if (root != null && !(root instanceof YMap)) {
      problems.add(root.loc(), "", "the top level must be an object of 'key: value' lines, got "
          + root.describe(), "start with 'name: my-scenario'");
    }
    if (!(root instanceof YMap map)) {
      problems.throwIfAny();
      throw new IllegalStateException("unreachable: a non-object root always has a problem");
    }
    new Overrides(problems).apply(map, overrides);
    Scenario s = new ScenarioBinder(problems, abs.getParent(), agents).bind(Obj.root(map, problems));
    problems.throwIfAny();
    return s;
  }

  private static String read(Path file, Problems problems) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.add("", "scenario file not found", "check the path");
    } catch (CharacterCodingException e) {
      problems.add("", "the file is not UTF-8 text", "save it as UTF-8");
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "it is a folder" : e.toString();
      problems.add("", "cannot read the scenario file: " + why, "check the path and permissions");
    }
    return null;
  }
}
