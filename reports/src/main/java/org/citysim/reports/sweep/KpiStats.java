package org.citysim.reports.sweep;

/**
 * One KPI over the completed replications of one design point.
 *
 * @param n      completed replications
 * @param mean   sample mean [KPI unit]
 * @param sd     sample standard deviation (n - 1 denominator; NaN when n < 2)
 * @param ciLow  lower end of the 95 % Student-t confidence interval of the mean (NaN when n < 2)
 * @param ciHigh upper end
 */
public record KpiStats(int n, double mean, double sd, double ciLow, double ciHigh) {}
