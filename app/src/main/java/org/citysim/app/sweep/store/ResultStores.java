package org.citysim.app.sweep.store;

import java.nio.file.Path;

/** Opens results stores; the one place that knows which implementation stores them. */
public final class ResultStores {
  /** File name of a sweep's store in its folder. */
  public static final String FILE = "results.duckdb";

  private ResultStores() {}

  /**
   * Opens the store file, creating it (empty: see {@link ResultStore#initialise}) unless
   * {@code readOnly}.
   *
   * @throws ResultStoreException when it cannot be opened, {@link ResultStoreException#busy()
   *                              busy} when another process has it open
   */
  public static ResultStore open(Path file, boolean readOnly) throws ResultStoreException {
    return DuckDbResultStore.open(file, readOnly);
  }
}
