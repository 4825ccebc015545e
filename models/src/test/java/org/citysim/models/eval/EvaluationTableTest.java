package org.citysim.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTableTest {
  private final EvaluationTable table = new EvaluationTable(List.of(5, 6), List.of(
      new EvaluationTable.Row("LSTM", "FLOW", 900, 40, 50, 10, 100),
      new EvaluationTable.Row("historical average", "FLOW", 900, 60, 70, 14, 100),
      new EvaluationTable.Row("persistence", "FLOW", 900, 50, 65, 12, 100),
      new EvaluationTable.Row("LSTM", "FLOW", 1800, 45, 55, 11, 100)));

  @Test
  void gainOverBestBaseline_usesTheLowestOtherMae() {
    assertEquals(1 - 40.0 / 50, table.maeGainOverBestOther("LSTM", "FLOW", 900), 1e-12);
    assertEquals("persistence", table.bestOther("LSTM", "FLOW", 900).orElseThrow().method());
    assertTrue(Double.isNaN(table.maeGainOverBestOther("LSTM", "FLOW", 1800)));
  }

  @Test
  void markdown_hasOneRowPerMethodAndHorizon_withUnitsAndMinutes() {
    String md = table.toMarkdown();
    assertTrue(md.contains("**FLOW** (MAE and RMSE in veh/h, MAPE in %)"), md);
    assertTrue(md.contains("| LSTM | 15 min | 40.000 | 50.000 | 10.00 | 100 |"), md);
    assertTrue(md.contains("| persistence | 15 min |"), md);
    assertEquals(4 + 2, md.lines().filter(l -> l.startsWith("|")).count());
  }
}
