/**
 * The {@code actuated} controller: fully actuated control as the FHWA Signal Timing Manual (2nd
 * ed., FHWA-HOP-08-024, ch. 5) describes it. Each stage gets its minimum green, is extended by
 * the passage time after every vehicle its stop-line sensors see, and ends when no vehicle came
 * within the passage time (gap-out) or when it has run the maximum green since a conflicting call
 * (max-out). Stages without a call (no vehicle seen on their approaches) are skipped; with no
 * call anywhere the current stage rests in green.
 */
package org.citysim.agents.signal.actuated;
