/**
 * JSON outputs of a run: {@code summary.json} (deterministic KPIs and scenario identity) and
 * {@code run.json} (timings and host details, the only file allowed to differ between
 * identical runs). Jackson stays inside this package.
 */
package org.citysim.reports.json;
