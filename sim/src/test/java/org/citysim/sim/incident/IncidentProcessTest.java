package org.citysim.sim.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentProcessTest {
  private static final Severity MINOR =
      new Severity("minor", 3, 1, 0.7, new LogNormal(900, 600), 300);
  private static final Severity MAJOR =
      Severity.closing("major", 1, new LogNormal(2700, 1800), 600);

  /** Blocks nothing, so the traffic, and with it the exposure, stays as without incidents. */
  private static final Severity HARMLESS = new Severity("harmless", 1, 0, 1, LogNormal.fixed(0), 0);

  private static IncidentSpec random(RandomIncidents.Basis basis, double rate, double compliance) {
    return random(basis, rate, compliance, List.of(MINOR, MAJOR));
  }

  private static IncidentSpec random(RandomIncidents.Basis basis, double rate, double compliance,
      List<Severity> severities) {
    return new IncidentSpec(new RandomIncidents(basis, rate, severities, 60),
        List.of(), List.of(), DetectionSpec.defaults(), ResponseSpec.defaults(), compliance);
  }

  @Test
  void perLinkHour_countIsWithinFourSigmaOfThePoissonMean() throws Exception {
    Rig r = new Rig();
    // No traffic; 5 links for 2000 h at 0.1 per link-hour: mean 1000, sd 31.6.
    r.run(0, 1, 2000 * 3600.0, 7, random(RandomIncidents.Basis.PER_LINK_HOUR, 0.1, 0));
    double expected = 0.1 * 5 * 2000;
    assertTrue(r.incidents.process().exposure() <= 10_000);
    int n = r.incidents.process().randomIncidents();
    assertTrue(Math.abs(n - expected) < 4 * Math.sqrt(expected), n + " vs " + expected);
    long major = r.incidents.log().incidents().stream()
        .filter(i -> i.severity() == MAJOR).count();
    assertTrue(Math.abs(major - n / 4.0) < 4 * Math.sqrt(n * 0.25 * 0.75), "major " + major);
  }

  @Test
  void perVehicleKm_countIsWithinFourSigmaOfRateTimesVehicleKm() throws Exception {
    Rig r = new Rig();
    // 3000 trips over a-b-e (0.7 km): about 2100 veh-km; at 0.2 per veh-km mean about 420.
    r.run(3000, 1.2, 4 * 3600.0, 11, random(RandomIncidents.Basis.PER_VEHICLE_KM, 0.2, 1,
        List.of(HARMLESS)));
    double x = r.incidents.process().exposure();
    assertEquals(3000 * 0.7, x, 1e-6, "every trip drove a-b-e");
    double expected = 0.2 * x;
    int n = r.incidents.process().randomIncidents();
    assertTrue(Math.abs(n - expected) < 4 * Math.sqrt(expected), n + " vs " + expected);
    // Incidents fall on links in proportion to their vehicle-km: none on unused links.
    for (Incident i : r.incidents.log().incidents()) {
      assertTrue(r.model.traversals(i.link()) > 0, "incident on an unused link " + i.linkId());
    }
  }

  @Test
  void sameSeed_sameIncidentsAndTraffic() throws Exception {
    Rig a = new Rig();
    a.run(1500, 2, 2 * 3600.0, 5, random(RandomIncidents.Basis.PER_VEHICLE_KM, 0.05, 0.6));
    Rig b = new Rig();
    b.run(1500, 2, 2 * 3600.0, 5, random(RandomIncidents.Basis.PER_VEHICLE_KM, 0.05, 0.6));
    assertTrue(a.incidents.log().size() > 5, "incidents: " + a.incidents.log().size());
    assertEquals(a.incidents.log().incidents(), b.incidents.log().incidents());
    assertEquals(a.arrivals, b.arrivals);
    assertEquals(a.usedLinks, b.usedLinks);
    assertEquals(a.incidents.rerouting().rerouted(), b.incidents.rerouting().rerouted());
    Rig c = new Rig();
    c.run(1500, 2, 2 * 3600.0, 6, random(RandomIncidents.Basis.PER_VEHICLE_KM, 0.05, 0.6));
    assertTrue(!a.incidents.log().incidents().equals(c.incidents.log().incidents()),
        "another seed, other incidents");
  }
}
