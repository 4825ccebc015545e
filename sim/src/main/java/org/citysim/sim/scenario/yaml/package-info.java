/**
 * YAML with locations: a small tree of maps, lists and scalars in which every node and every key
 * remembers where it was written (line and column, or the {@code --set} override it came from),
 * read with Jackson's streaming YAML parser; dotted-path overrides applied to that tree; and
 * {@link org.citysim.sim.scenario.yaml.Obj} / {@link org.citysim.sim.scenario.yaml.Val}, the
 * helpers that hand-written binding code uses to read typed, range-checked values while
 * collecting every {@link org.citysim.sim.scenario.Problem} instead of stopping at the first.
 *
 * <p>Nothing here knows about scenarios, so other input files (sweeps, agent configs) can reuse it.
 */
package org.citysim.sim.scenario.yaml;
