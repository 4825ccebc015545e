package org.citysim.sim.scenario.yaml;

/** A node of a located YAML tree. */
public sealed interface YNode permits YMap, YList, YScalar {

  /** Where the node starts. */
  Loc loc();

  /** Short description of the node for messages: "a list", "an object" or the quoted text. */
  String describe();
}
