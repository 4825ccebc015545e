/**
 * Metrics: observers of simulation events that collect KPIs and time series, and the
 * {@link org.citysim.sim.metrics.RunResult} they hand to the report writers. The kernel knows
 * nothing about reports; report writers know nothing about the kernel.
 */
package org.citysim.sim.metrics;
