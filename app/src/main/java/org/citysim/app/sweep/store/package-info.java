/**
 * The results store of a sweep: one row per run (parameters, replication, seed, status, error,
 * wall time, KPIs) and the identity of the sweep that made it, behind {@link
 * org.citysim.app.sweep.store.ResultStore}; exports to CSV and Parquet. The implementation is
 * an embedded DuckDB file reached only through JDBC, so DuckDB's classes and native library
 * load only when a sweep opens its store.
 */
package org.citysim.app.sweep.store;
