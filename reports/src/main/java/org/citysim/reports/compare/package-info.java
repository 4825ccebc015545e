/**
 * Comparing finished runs: reading run folders back ({@code summary.json}, {@code series.csv},
 * {@code junctions.csv}) with clear errors for anything that is not one, and the side-by-side
 * KPI table with the change against the first run and the best run marked. Writing the
 * comparison folder is {@link org.citysim.reports.ComparisonWriter}'s job; its charts are drawn
 * by {@link org.citysim.reports.chart.ComparisonCharts}.
 */
package org.citysim.reports.compare;
