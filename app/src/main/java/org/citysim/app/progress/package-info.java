/**
 * Progress of long work: a bar on an interactive terminal, nothing in CI or when output is
 * redirected. The progress-bar library stays behind {@link org.citysim.app.progress.Progress}.
 */
package org.citysim.app.progress;
