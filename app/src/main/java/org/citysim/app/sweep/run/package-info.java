/**
 * One run of a sweep, as every engine makes it: the base scenario with the run's overrides and
 * seed, simulated in the calling thread without writing anything, and the requested KPIs read
 * from the summary the run would write. A failing run becomes a FAILED outcome with a one-line
 * error; it never throws.
 */
package org.citysim.app.sweep.run;
