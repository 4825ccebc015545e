package org.citysim.app.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** spark-submit's arguments become a sweep on the Spark engine. */
class SparkSweepMainTest {
  @Test
  void arguments_becomeASweepOnTheSparkEngine() {
    assertArrayEquals(new String[] {"sweep", "s.yaml", "--out", "o", "--engine", "spark"},
        SparkSweepMain.commandLine(new String[] {"s.yaml", "--out", "o"}));
  }

  @Test
  void anEngineGiven_isKept() {
    assertArrayEquals(new String[] {"sweep", "s.yaml", "--engine=spark"},
        SparkSweepMain.commandLine(new String[] {"s.yaml", "--engine=spark"}));
  }
}
