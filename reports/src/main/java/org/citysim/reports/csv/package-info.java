/**
 * CSV outputs of a run: {@code trips.csv} (one row per trip), {@code links.csv} (one row per
 * link and interval), {@code series.csv} (network-wide time series), {@code junctions.csv}
 * (one row per signalised junction) and {@code junction-queues.csv} (each junction's queue over
 * time); for runs with a pollution model {@code emissions.csv}, {@code pollution.csv},
 * {@code stations.csv}, {@code alerts.csv} and {@code attribution.csv}; and
 * {@code comparison.csv} of a comparison folder.
 * UTF-8, "\n" line ends, '.' decimals with three places, empty fields for missing (NaN) values,
 * RFC 4180 quoting only where a field needs it.
 */
package org.citysim.reports.csv;
