package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

/** Writer and loader agree on arbitrary valid values (jqwik reports the seed on failure). */
class RoundTripPropertiesTest {

  @Property(tries = 200)
  void wholeSecondTimes_formatThenParse(@ForAll @IntRange(min = 0, max = 172_799) int t) {
    assertEquals(t, Times.parse(Times.format(t)));
  }

  @Property(tries = 60)
  void gridScenario_writeThenLoad_isEqual(
      @ForAll @StringLength(min = 1, max = 20) @AlphaChars @NumericChars
      @Chars({' ', '"', '\\', ':', '#', '-', '\n', '\t', '\u00e9', '\u6771'}) String name,
      @ForAll @DoubleRange(min = 0, max = 80_000) @Scale(4) double start,
      @ForAll @DoubleRange(min = 1, max = 80_000) double length,
      @ForAll @IntRange(min = 2, max = 1000) int rows,
      @ForAll @DoubleRange(min = 0.001, max = 70) @Scale(6) double speed,
      @ForAll long seed) throws Exception {
    if (name.isBlank()) {
      return;
    }
    Path dir = Files.createTempDirectory("citysim-prop");
    try {
      // Arbitrary text goes into the description: names must be plain file names.
      Scenario s = new Scenario("prop-scenario", name + "\n", new SimulationSpec(start, start + length, seed, 0),
          new GridSpec(rows, 3, 200, 1, speed, 1800, GridSignals.defaults()),
          new DemandSpec(TimeProfile.flat(), List.of(new DemandSpec.OdFlowSpec("r0c0", "r1c2", speed)),
              Optional.empty(), List.of()),
          TrafficSpec.defaults(), OutputSpec.defaults(), dir.toAbsolutePath().normalize());
      Path file = Files.writeString(dir.resolve("s.yaml"), ScenarioWriter.toYaml(s));
      assertEquals(s, new ScenarioLoader().load(file));
    } finally {
      Files.deleteIfExists(dir.resolve("s.yaml"));
      Files.deleteIfExists(dir);
    }
  }
}
