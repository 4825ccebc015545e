package org.citysim.app.sweep.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citysim.app.sweep.RunOutcome;

/**
 * Where a sweep keeps its runs: one row per (point, replication). Each {@link #record} is
 * durable when it returns, so a sweep killed at any moment keeps every run recorded before and
 * no part of a later one. Used from one thread.
 */
public interface ResultStore extends AutoCloseable {
  /** The column layout, or null for a new, empty store (see {@link #initialise}). */
  StoreSchema schema();

  /** Creates the tables of a new store with the sweep's identity, in one transaction. */
  void initialise(StoreSchema schema, Map<String, String> metadata) throws ResultStoreException;

  /** The identity the store was initialised with (e.g. the sweep file's hash). */
  Map<String, String> metadata() throws ResultStoreException;

  /** The status of every recorded run by key ({@code point/replication}). */
  Map<String, RunOutcome.Status> recorded() throws ResultStoreException;

  /**
   * Records a run, replacing an earlier row of the same key, in its own transaction.
   *
   * @param values the run's parameter values, in the schema's order
   */
  void record(RunOutcome outcome, List<Object> values) throws ResultStoreException;

  /** Every row, by point then replication. */
  List<StoredRun> runs() throws ResultStoreException;

  /** Writes every row, by point then replication, to a CSV file with a header line. */
  void exportCsv(Path file) throws ResultStoreException;

  /** Writes every row, by point then replication, to a Parquet file. */
  void exportParquet(Path file) throws ResultStoreException;

  @Override
  void close() throws ResultStoreException;
}
