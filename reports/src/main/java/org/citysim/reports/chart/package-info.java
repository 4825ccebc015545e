/**
 * Charts of a run, written as PNG (for the HTML page) and SVG (for print and zoom): the
 * network-wide time series, the travel-time distribution, the congestion map and, with signals
 * or agents, the control delay per junction, junction queues and controller outputs; the
 * charts of a comparison of runs; and the charts of a sweep (KPIs against parameters, Sobol and
 * Morris sensitivity). This is the only package that uses JFreeChart and jfreesvg;
 * callers see {@link org.citysim.reports.chart.RunCharts},
 * {@link org.citysim.reports.chart.ComparisonCharts},
 * {@link org.citysim.reports.chart.SweepCharts}, {@link org.citysim.reports.chart.ChartFile}
 * and {@link org.citysim.reports.chart.SweepChartSet} only.
 * All drawing goes through one {@code Painter} so PNG and SVG show the same picture.
 */
package org.citysim.reports.chart;
