package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;
import org.citysim.sim.sensor.CameraModel;
import org.citysim.sim.sensor.ClassMix;
import org.citysim.sim.sensor.DailyHours;
import org.citysim.sim.sensor.Detection;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.Weather;
import org.citysim.sim.sensor.WeatherPeriod;

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

  @Property(tries = 60)
  void sensorsSection_writeThenLoad_isEqual(@ForAll("sensorSpecs") SensorSpec sensors)
      throws Exception {
    Path dir = Files.createTempDirectory("citysim-prop");
    try {
      Scenario s = new Scenario("prop-sensors", "", new SimulationSpec(0, 3600, 1, 0),
          new GridSpec(2, 2, 200, 1, 10, 1800, GridSignals.defaults()),
          new DemandSpec(TimeProfile.flat(), List.of(new DemandSpec.OdFlowSpec("r0c0", "r1c1",
              60)), Optional.empty(), List.of()),
          TrafficSpec.defaults(), OutputSpec.defaults(), dir.toAbsolutePath().normalize(),
          List.of(), sensors);
      Path file = Files.writeString(dir.resolve("s.yaml"), ScenarioWriter.toYaml(s));
      assertEquals(s, new ScenarioLoader().load(file));
    } finally {
      Files.deleteIfExists(dir.resolve("s.yaml"));
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<SensorSpec> sensorSpecs() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(6);
    Arbitrary<Double> rate = Arbitraries.doubles().between(0.001, 1).ofScale(6);
    Arbitrary<Detection> detection = Combinators.combine(rate, rate).as(Detection::new);
    Arbitrary<ClassMix> mix = Combinators.combine(unit, unit).as((a, b) -> {
      double bus = b * (1 - a);
      return new ClassMix(a, bus, Math.max(0, 1 - a - bus));
    });
    Arbitrary<CameraModel.Confusion> confusion =
        Combinators.combine(mix, mix, mix).as(CameraModel.Confusion::new);
    Arbitrary<CameraModel> camera = Combinators.combine(detection, detection, detection,
        detection, unit, Arbitraries.of(true, false),
        Arbitraries.doubles().between(0, 600).ofScale(3), mix)
        .as((d, n, r, f, occ, fp, lat, fleet) -> new CameraModel(d, n, r, f, occ, fp, lat,
            fleet, CameraModel.Confusion.defaults()));
    Arbitrary<CameraModel> withConfusion = Combinators.combine(camera, confusion)
        .as((c, m) -> new CameraModel(c.day(), c.night(), c.rain(), c.fog(), c.occlusion(),
            c.falsePositives(), c.latency(), c.fleet(), m));
    Arbitrary<DailyHours> night = Combinators.combine(
        Arbitraries.doubles().between(0, 86_399).ofScale(1),
        Arbitraries.doubles().between(0, 86_399).ofScale(1)).as(DailyHours::new);
    // Non-overlapping periods: sorted cut points, every other gap a period.
    Arbitrary<List<WeatherPeriod>> weather = Arbitraries.doubles().between(0, 170_000)
        .ofScale(2).set().ofMaxSize(8).flatMap(cuts -> Arbitraries.of(Weather.values())
            .list().ofSize(cuts.size() / 2).map(kinds -> {
              double[] c = cuts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
              List<WeatherPeriod> out = new java.util.ArrayList<>();
              for (int i = 0; i + 1 < c.length; i += 2) {
                out.add(new WeatherPeriod(c[i], c[i + 1], kinds.get(i / 2)));
              }
              return out;
            }));
    Arbitrary<List<String>> cameras = Arbitraries.strings().alpha().numeric().withChars('-', '_')
        .ofMinLength(1).ofMaxLength(8).set().ofMaxSize(4).map(List::copyOf);
    return Combinators.combine(Arbitraries.doubles().between(1, 86_400).ofScale(3), unit, night,
        weather, withConfusion, cameras).as(SensorSpec::new);
  }
}
