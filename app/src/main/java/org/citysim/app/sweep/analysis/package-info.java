/**
 * The analysis of a finished (or partly finished) sweep: per design point and KPI the mean over
 * replications with a Student-t confidence interval, and, for the sensitivity designs, Sobol
 * indices with bootstrap intervals (Saltelli plans) or Morris elementary-effect statistics
 * (Morris plans). {@link org.citysim.app.sweep.analysis.SweepAnalysis} turns a plan and its
 * outcomes into the report's {@link org.citysim.reports.sweep.SweepSummary}. Failed or missing
 * runs never break an estimate: they are left out, and what was left out is documented with
 * each estimator. Results depend only on the outcomes, not on the order they arrive in.
 */
package org.citysim.app.sweep.analysis;
