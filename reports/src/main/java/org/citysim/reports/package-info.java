/**
 * Report writers for a finished run. {@link org.citysim.reports.RunReportWriter} is the facade
 * the app calls: it writes the whole run folder (JSON, CSV, charts, {@code index.html}) and
 * moves it into place atomically. Feature packages: {@code json}, {@code csv}, {@code chart}
 * (the only one that sees JFreeChart), {@code html} and {@code text} (shared formatting).
 */
package org.citysim.reports;
