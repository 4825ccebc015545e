package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.TimeProfile;
import org.citysim.sim.sensor.Weather;
import org.citysim.sim.sensor.WeatherPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayScenarioTest {
  @TempDir Path dir;

  @Test
  void shiftLater_movesTheProfile_andHoldsTheFirstFactorBeforeIt() {
    TimeProfile p = new TimeProfile(7 * 3600, 900, new double[] {1, 2, 3});
    TimeProfile s = DayScenario.shift(p, 300);
    // gcd(900, 300) = 300 s steps from 07:00 to 07:50.
    assertEquals(7 * 3600, s.start());
    assertEquals(300, s.interval());
    assertArrayEquals(new double[] {1, 1, 1, 1, 2, 2, 2, 3, 3, 3}, s.factors());
    for (double t = 7 * 3600 + 300; t < 7 * 3600 + 2700 + 300; t += 60) {
      assertEquals(p.factorAt(t - 300), s.factorAt(t), "at " + t);
    }
  }

  @Test
  void shiftEarlier_holdsTheLastFactorAfterIt_andAFlatProfileStaysFlat() {
    TimeProfile p = new TimeProfile(3600, 1800, new double[] {0.5, 2});
    TimeProfile s = DayScenario.shift(p, -600);
    assertEquals(3000, s.start());
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 2, 2, 2, 2}, s.factors());
    TimeProfile flat = DayScenario.shift(TimeProfile.flat(), 1200);
    for (double t = 0; t < 86_400; t += 600) {
      assertEquals(1.0, flat.factorAt(t));
    }
    assertSame(p, DayScenario.shift(p, 0));
  }

  @Test
  void day_getsItsSeedDemandLevelShiftAndWeather() throws Exception {
    Path f = Files.writeString(dir.resolve("s.yaml"), """
        name: d
        simulation: {start: "07:00", end: "09:00", seed: 1, replication: 2}
        network:
          grid: {rows: 3, columns: 3, spacing: 200}
        demand:
          profile: {start: "07:00", interval: 1800, factors: [1, 2, 2, 1]}
          random: {rate: 1000}
          flows:
            - {from: r0c0, to: r2c2, rate: 100}
        sensors:
          weather:
            - {from: "07:10", to: "07:20", condition: fog}
        """);
    Scenario base = new ScenarioLoader().load(f);
    DayVariation v = new DayVariation(4, 99, 1.25, -900, Weather.RAIN, 7.5 * 3600, 8 * 3600);
    Scenario day = DayScenario.of(base, v, Variation.defaults());
    assertEquals(99, day.simulation().seed());
    assertEquals(2, day.simulation().replication());
    assertEquals(1250, day.demand().random().orElseThrow().rate(), 1e-9);
    assertEquals(125, day.demand().flows().get(0).rate(), 1e-9);
    assertEquals(DayScenario.shift(base.demand().profile(), -900), day.demand().profile());
    assertEquals(List.of(new WeatherPeriod(7.5 * 3600, 8 * 3600, Weather.RAIN)),
        day.sensors().weather());
    Scenario keepWeather = DayScenario.of(base, v, new Variation(0.15, 1800, 0, 0));
    assertEquals(base.sensors().weather(), keepWeather.sensors().weather());
  }
}
