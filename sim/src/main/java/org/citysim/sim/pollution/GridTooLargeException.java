package org.citysim.sim.pollution;

/**
 * A pollution grid would have more cells than allowed. The message says how many and what cell
 * size would fit; {@link #suggestedCellSize()} is there for a scenario error's hint.
 */
public final class GridTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final long cells;
  private final long limit;
  private final double suggestedCellSize;

  GridTooLargeException(int nx, int ny, long cells, long limit, double cellSize,
      double suggestedCellSize) {
    super(String.format(java.util.Locale.ROOT,
        "pollution grid of %d x %d = %d cells exceeds the limit of %d cells; "
            + "raise the cell size (now %.1f m) to at least %.0f m",
        nx, ny, cells, limit, cellSize, suggestedCellSize));
    this.cells = cells;
    this.limit = limit;
    this.suggestedCellSize = suggestedCellSize;
  }

  /** Cells the grid would have. */
  public long cells() {
    return cells;
  }

  /** The limit that was exceeded. */
  public long limit() {
    return limit;
  }

  /** A whole-metre cell size [m] at which the same extent fits the limit. */
  public double suggestedCellSize() {
    return suggestedCellSize;
  }
}
