/**
 * The sweep report: an offline HTML page with charts (PNG and SVG) of a finished sweep: KPIs
 * against each parameter with 95 % confidence bands, sensitivity bar charts, the table of
 * design points, and links to the best and worst runs' own reports. Its input ({@link
 * org.citysim.reports.sweep.SweepSummary}) is computed by the sweep analysis in {@code app};
 * {@link org.citysim.reports.sweep.SweepReportWriter} writes the report folder, and {@link
 * org.citysim.reports.sweep.ParameterValues} and {@link org.citysim.reports.sweep.KpiGroups}
 * are the views of the summary that the charts and the page share.
 */
package org.citysim.reports.sweep;
