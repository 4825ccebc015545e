package org.citysim.sim.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a trained or loaded model achieved on held-out days, as tables a report renders and
 * headline figures for the command line and {@code summary.json}-style files.
 *
 * @param kind      {@code forecaster} or {@code classifier}
 * @param model     the model file
 * @param tables    result tables, in the order shown
 * @param headlines named figures, e.g. {@code mae.15min.lstm} or {@code auc.classifier}
 * @param seconds   training wall time [s]; 0 for an evaluation alone
 * @param notes     one-line remarks for the report (e.g. whether a goal was met)
 */
public record Evaluation(String kind, String model, List<Table> tables,
    Map<String, Double> headlines, double seconds, List<String> notes) {

  public Evaluation {
    Objects.requireNonNull(kind, "kind");
    tables = List.copyOf(tables);
    headlines = Map.copyOf(headlines);
    notes = List.copyOf(notes);
  }

  /**
   * A table of results.
   *
   * @param title   caption, e.g. "Flow forecasts on the 6 test days"
   * @param columns column headings, including the row-label columns
   * @param rows    cells as text, already formatted, one list per row
   */
  public record Table(String title, List<String> columns, List<List<String>> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> r : rows) {
        if (r.size() != columns.size()) {
          throw new IllegalArgumentException("a row of " + title + " has " + r.size()
              + " cells for " + columns.size() + " columns");
        }
      }
    }

    /** The table in Markdown (GitHub style), with a caption line. */
    public String markdown() {
      StringBuilder sb = new StringBuilder("**").append(title).append("**\n\n| ");
      sb.append(String.join(" | ", columns)).append(" |\n|");
      sb.append("---|".repeat(columns.size())).append('\n');
      for (List<String> r : rows) {
        sb.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
      return sb.toString();
    }
  }
}
