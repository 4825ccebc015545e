/**
 * Parameter sweeps ({@code citysim sweep FILE}): a sweep file names a base scenario, parameters
 * (scenario fields by their {@code --set} path), a design, replications and KPIs; an engine
 * runs every (design point, replication) and a results store keeps one row per run.
 *
 * <p>The contracts shared by the parts: {@link org.citysim.app.sweep.Parameter} and the
 * designs of {@code sweep.design} say which runs there are; {@link
 * org.citysim.app.sweep.RunTask} is one run to make, {@link org.citysim.app.sweep.RunOutcome}
 * what came of it; a {@link org.citysim.app.sweep.SweepEngine} turns tasks into outcomes
 * (locally on a bounded pool, or on Apache Spark).
 */
package org.citysim.app.sweep;
