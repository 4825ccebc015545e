/**
 * Carrying out a sweep: plans its runs, opens (or resumes) its results store, lets an engine
 * make the runs still missing while recording each outcome as it arrives and showing progress,
 * then exports the results, makes the best and worst runs again with full output, and hands
 * over to {@link org.citysim.app.sweep.exec.SweepFinisher} for the analysis and report. Also
 * reads a sweep's status for {@code citysim sweep status}.
 */
package org.citysim.app.sweep.exec;
