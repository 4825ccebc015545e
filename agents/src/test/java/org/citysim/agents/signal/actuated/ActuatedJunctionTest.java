package org.citysim.agents.signal.actuated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.agents.signal.FakeContext;
import org.citysim.agents.signal.FakeControl;
import org.citysim.sim.sensor.SensorKind;
import org.junit.jupiter.api.Test;

class ActuatedJunctionTest {
  private final FakeContext context = new FakeContext();
  private final FakeControl junction = FakeControl.simple("J", context::now, 30, 30, 30);

  private void start(double minGreen, double maxGreen, double passage) {
    context.with(junction);
    new ActuatedProvider().create(new ActuatedConfig(List.of("J"), SensorKind.LOOP, minGreen,
        maxGreen, passage), context).start();
  }

  /** Vehicles pass the stop line of {@code link} at each of {@code times}. */
  private void passages(String link, double... times) {
    for (double t : times) {
      context.schedule(t, () -> context.sensor(link).lastPassage = t);
    }
  }

  private double firstSwitchAwayFrom0() {
    return junction.calls("switch").stream().filter(c -> c.stage() != 0).findFirst()
        .orElseThrow().time();
  }

  @Test
  void gapOut_whenNoVehiclePassesWithinThePassageTime() {
    context.sensor("a1").queue(3);
    passages("a0", 1, 2, 4, 6, 8, 10); // then nothing
    start(7, 45, 3);
    context.runUntil(100);
    assertEquals(13.0, firstSwitchAwayFrom0(), 1e-9, "last passage 10 s + 3 s passage time");
    assertEquals(1, junction.calls("switch").get(1).stage());
  }

  @Test
  void noGapOutBeforeTheMinimumGreen() {
    context.sensor("a1").queue(3);
    start(7, 45, 3); // no passage at all
    context.runUntil(100);
    assertEquals(7.0, firstSwitchAwayFrom0(), 1e-9);
  }

  @Test
  void maxOut_whenVehiclesKeepComing() {
    context.sensor("a1").queue(3);
    double[] every2s = new double[60];
    for (int i = 0; i < every2s.length; i++) {
      every2s[i] = 1 + 2 * i;
    }
    passages("a0", every2s);
    start(7, 30, 3);
    context.runUntil(100);
    assertEquals(30.0, firstSwitchAwayFrom0(), 1e-9, "max green from the call at green start");
  }

  @Test
  void maxGreen_timesFromTheFirstConflictingCall() {
    double[] every2s = new double[60];
    for (int i = 0; i < every2s.length; i++) {
      every2s[i] = 1 + 2 * i;
    }
    passages("a0", every2s);
    context.schedule(20, () -> context.sensor("a2").queue(1)); // first call at 20 s
    start(7, 30, 3);
    context.runUntil(200);
    double t = firstSwitchAwayFrom0();
    assertTrue(t >= 50 && t <= 53, "max-out 30 s after the call was seen (checks every"
        + " passage time at most): " + t);
  }

  @Test
  void stagesWithoutACall_areSkipped() {
    context.sensor("a2").queue(2); // a call on stage 2 only
    start(7, 45, 3);
    context.runUntil(20);
    assertEquals(2, junction.calls("switch").get(1).stage(), "stage 1 has no call: skipped");
  }

  @Test
  void withNoCallElsewhere_theStageRestsInGreen() {
    passages("a0", 2);
    start(7, 20, 3);
    context.runUntil(300);
    assertEquals(1, junction.calls("switch").size(), "only the initial hold of stage 0");
    context.sensor("a1").queue(1);
    context.runUntil(304);
    assertEquals(1, junction.calls("switch").get(1).stage(), "leaves at once when called");
  }

  @Test
  void aDroppedOutSensorOnTheGreenApproach_extendsToTheMaximum() {
    context.sensor("a1").queue(3);
    context.sensor("a0").droppedOut = true;
    start(7, 30, 3);
    context.runUntil(100);
    assertEquals(30.0, firstSwitchAwayFrom0(), 1e-9);
  }

  @Test
  void aDroppedOutSensorOnARedApproach_placesACall() {
    context.sensor("a1").droppedOut = true;
    start(7, 30, 3);
    context.runUntil(100);
    assertEquals(7.0, firstSwitchAwayFrom0(), 1e-9);
    assertEquals(1, junction.calls("switch").get(1).stage());
  }

  @Test
  void recordsEachStageAndItsGreen() {
    context.sensor("a1").queue(3);
    context.sensor("a0").queue(3);
    start(7, 45, 3);
    context.runUntil(100);
    List<double[]> stages = context.series("J/stage");
    assertEquals(0, stages.get(0)[1], 0.0);
    assertEquals(1, stages.get(1)[1], 0.0);
    assertEquals(11, stages.get(1)[0], 1e-9, "stage 1 starts after the 4 s intergreen");
    assertEquals(7, context.series("J/green").get(0)[1], 1e-9);
  }
}
