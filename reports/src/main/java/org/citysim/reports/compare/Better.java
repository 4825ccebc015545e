package org.citysim.reports.compare;

/** Which way a KPI improves, for marking the best run of a comparison. */
public enum Better {
  /** Smaller is better (delays, queues, travel times; A before F for a grade). */
  LOWER,
  /** Larger is better (vehicles that arrived). */
  HIGHER,
  /** Neither: a description of the run, not a goal (distance driven). */
  NONE
}
