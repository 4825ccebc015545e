/**
 * The offline HTML report of a run ({@code index.html}): one self-contained page with inline
 * CSS and no external URLs, scripts or fonts, so it can be mailed or archived as a folder.
 * It must stay byte-identical between identical runs, so it shows the citysim version and
 * commit but never timings. Every user-supplied string is HTML-escaped. The pages of a
 * comparison of runs and of a sweep are written here too, with the same style and escaping.
 */
package org.citysim.reports.html;
