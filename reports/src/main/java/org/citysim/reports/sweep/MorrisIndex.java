package org.citysim.reports.sweep;

/**
 * Morris elementary-effect screening of one KPI against one parameter. Effects are per unit of
 * the parameter's scaled range ([0, 1]), so they compare across parameters.
 *
 * @param kpi       KPI path
 * @param parameter parameter path
 * @param muStar    mean of the absolute elementary effects [KPI unit]
 * @param mu        mean of the elementary effects [KPI unit]
 * @param sigma     standard deviation of the elementary effects [KPI unit]
 * @param effects   elementary effects used (trajectories where both runs completed)
 */
public record MorrisIndex(String kpi, String parameter, double muStar, double mu, double sigma,
    int effects) {}
