package org.citysim.sim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. Mutable only so that overrides can replace elements before binding. */
public final class YList implements YNode {
  private final Loc loc;
  private final List<YNode> items = new ArrayList<>();

  public YList(Loc loc) {
    this.loc = loc;
  }

  @Override
  public Loc loc() {
    return loc;
  }

  /** The elements, in order (live view). */
  public List<YNode> items() {
    return items;
  }

  @Override
  public String describe() {
    return "a list";
  }
}
