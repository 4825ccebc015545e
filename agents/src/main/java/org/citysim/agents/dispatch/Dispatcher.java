package org.citysim.agents.dispatch;

/**
 * Decides which response unit goes to which incident. Called when incidents appear or units free
 * up; each unit serves at most one incident per decision. An implementation may keep a random
 * stream, so successive calls may draw different numbers, but the sequence of answers is
 * reproducible from its seed.
 */
public interface Dispatcher {
  /** The assignment for {@code problem}. */
  Assignment assign(DispatchProblem problem);
}
