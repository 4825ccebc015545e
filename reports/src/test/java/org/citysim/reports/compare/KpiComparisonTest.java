package org.citysim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiComparisonTest {
  private static RunData run(String label, Object... keyValues) {
    Map<String, Object> kpis = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      kpis.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new RunData(label, Path.of(label), "s", 1, 0, 0, 3600, kpis, List.of(), List.of());
  }

  private static Better direction(String key) {
    return key.startsWith("delay") || key.equals("los") ? Better.LOWER
        : key.equals("arrived") ? Better.HIGHER : Better.NONE;
  }

  private static KpiComparison.Row row(KpiComparison t, String key) {
    return t.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private final KpiComparison table = KpiComparison.of(List.of(
      run("a", "arrived", 1000L, "delay", 40.0, "distance", 12.5, "los", "C", "zero", 0.0),
      run("b", "arrived", 1100L, "delay", 30.0, "distance", 10.0, "los", "B", "zero", 2.0,
          "extra", 5L),
      run("c", "arrived", 1100L, "delay", Double.NaN, "distance", 12.5, "los", "D",
          "zero", 0.0)),
      k -> "u", KpiComparisonTest::direction);

  @Test
  void change_isAgainstTheFirstRun() {
    assertArrayEquals(new double[] {0, 10, 10}, row(table, "arrived").changes(), 1e-12);
    double[] delay = row(table, "delay").changes();
    assertEquals(-25.0, delay[1], 1e-12);
    assertTrue(Double.isNaN(delay[2]), "NaN value: no change");
    assertArrayEquals(new double[] {0, -20, 0}, row(table, "distance").changes(), 1e-12);
  }

  @Test
  void change_fromAZeroReference_isUndefinedUnlessStillZero() {
    double[] c = row(table, "zero").changes();
    assertEquals(0, c[0]);
    assertTrue(Double.isNaN(c[1]));
    assertEquals(0, c[2]);
  }

  @Test
  void best_followsTheDirectionAndMarksTies() {
    assertArrayEquals(new boolean[] {false, true, true}, row(table, "arrived").best());
    assertArrayEquals(new boolean[] {false, true, false}, row(table, "delay").best(),
        "lower is better; NaN never best");
    assertArrayEquals(new boolean[] {false, false, false}, row(table, "distance").best(),
        "no direction, no best");
    assertArrayEquals(new boolean[] {false, true, false}, row(table, "los").best(), "B before C");
  }

  @Test
  void best_noneWhenAllRunsAgree() {
    KpiComparison t = KpiComparison.of(List.of(run("a", "delay", 5.0), run("b", "delay", 5.0)),
        k -> "", k -> Better.LOWER);
    assertArrayEquals(new boolean[] {false, false}, t.rows().get(0).best());
  }

  @Test
  void rows_referenceOrderFirstThenKeysOnlyOthersHave() {
    assertEquals(List.of("arrived", "delay", "distance", "los", "zero", "extra"),
        table.rows().stream().map(KpiComparison.Row::key).toList());
    KpiComparison.Row extra = row(table, "extra");
    assertEquals(java.util.Arrays.asList(null, 5L, null), extra.values());
    assertTrue(Double.isNaN(extra.changes()[1]));
    assertEquals(List.of("a", "b", "c"), table.runs());
  }
}
