package org.citysim.app.sweep.file;

/**
 * A KPI whose best and worst completed runs are made again with their full run folder.
 *
 * @param kpi          the KPI's {@code summary.json} path, one of the sweep's KPIs
 * @param higherBetter whether a higher value is better (a throughput); false for a delay,
 *                     an emission or an AQI
 */
public record BestWorst(String kpi, boolean higherBetter) {}
