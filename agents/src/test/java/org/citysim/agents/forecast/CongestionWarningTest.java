package org.citysim.agents.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.agents.signal.FakeContext;
import org.citysim.agents.signal.FakeFeed;
import org.citysim.sim.agent.AgentEvent;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.junit.jupiter.api.Test;

class CongestionWarningTest {
  private final FakeContext context = new FakeContext();
  private final FakeFeed feed = new FakeFeed(10, "a", "b");

  private void start(WarningConfig config) {
    context.feeds.put("m.zip", feed);
    new CongestionWarningProvider().create(config, context).start();
  }

  private List<AgentEvent> events(String kind) {
    return context.events.stream().filter(e -> e.kind().equals(kind)).toList();
  }

  private void free(String link) {
    feed.observe(link, Feature.OCCUPANCY, 0.1).observe(link, Feature.SPEED, 9);
    feed.setAll(link, Feature.OCCUPANCY, 0.1).setAll(link, Feature.SPEED, 9);
  }

  @Test
  void warnsOnce_beforeTheOnset_andScoresTheLeadTime() {
    start(new WarningConfig("m.zip", 0.3, 0.5, 1800));
    free("a");
    free("b");
    context.runUntil(300);
    feed.issue(300);
    assertTrue(events("congestion-warning").isEmpty());
    feed.set(1, "a", Feature.OCCUPANCY, 0.45); // predicted at 15 min
    context.runUntil(600);
    feed.issue(600);
    context.runUntil(900);
    feed.issue(900);
    assertEquals(1, events("congestion-warning").size(), "once until it clears");
    assertTrue(events("congestion-warning").get(0).message().contains("loop:a"));
    assertTrue(events("congestion-warning").get(0).message().contains("within 15 min"));
    feed.observe("a", Feature.OCCUPANCY, 0.5);
    context.runUntil(1200);
    feed.issue(1200);
    List<AgentEvent> onsets = events("congestion-onset");
    assertEquals(1, onsets.size());
    assertTrue(onsets.get(0).message().contains("warned 10 min ahead"), onsets.get(0).message());
    assertEquals(600.0, context.series("lead-time").get(0)[1]);
  }

  @Test
  void anOnsetWithoutAWarning_isMissed_andSlowSpeedCountsAsCongestion() {
    start(new WarningConfig("m.zip", 0.3, 0.5, 1800));
    free("a");
    free("b");
    context.runUntil(300);
    feed.issue(300);
    feed.observe("b", Feature.SPEED, 4); // below half of 10 m/s
    context.runUntil(600);
    feed.issue(600);
    assertTrue(events("congestion-onset").get(0).message().contains("loop:b: congested (not"
        + " warned)"));
    assertEquals(1.0, context.series("onsets-missed").get(0)[1]);
  }

  @Test
  void horizonsBeyondTheConfiguredOne_areIgnored() {
    start(new WarningConfig("m.zip", 0.3, 0.5, 900));
    free("a");
    free("b");
    feed.set(2, "a", Feature.OCCUPANCY, 0.9); // only at 30 min
    context.runUntil(300);
    feed.issue(300);
    assertTrue(events("congestion-warning").isEmpty());
  }

  @Test
  void aModelIsRequired() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CongestionWarningProvider().create(WarningConfig.DEFAULTS, context));
    assertTrue(e.getMessage().contains("model is required"));
  }
}
