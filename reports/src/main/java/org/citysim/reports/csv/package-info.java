/**
 * CSV outputs of a run: {@code trips.csv} (one row per trip) and {@code links.csv} (one row per
 * link and interval). UTF-8, "\n" line ends, '.' decimals with three places, empty fields for
 * missing (NaN) values, RFC 4180 quoting only where a field needs it.
 */
package org.citysim.reports.csv;
