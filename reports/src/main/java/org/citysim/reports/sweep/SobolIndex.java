package org.citysim.reports.sweep;

/**
 * Sobol sensitivity of one KPI to one parameter, with 95 % bootstrap confidence intervals.
 *
 * @param kpi       KPI path
 * @param parameter parameter path
 * @param first     first-order index S1
 * @param firstLow  lower end of S1's interval
 * @param firstHigh upper end
 * @param total     total-order index ST
 * @param totalLow  lower end of ST's interval
 * @param totalHigh upper end
 */
public record SobolIndex(String kpi, String parameter, double first, double firstLow,
    double firstHigh, double total, double totalLow, double totalHigh) {}
