package org.citysim.sim.metrics;

/**
 * One trip.
 *
 * @param id           trip id
 * @param origin       origin node id
 * @param destination  destination node id
 * @param departure    planned departure [s since midnight]
 * @param insertion    time it entered its first link [s], NaN if it never did
 * @param arrival      arrival time [s], NaN if not arrived
 * @param freeFlowTime travel time of its route at free speed [s]
 * @param distance     distance driven so far (whole links entered) [m]
 * @param routeLinks   number of links of its route
 * @param status       where the trip stands at the end
 */
public record TripRecord(
    String id, String origin, String destination, double departure, double insertion,
    double arrival, double freeFlowTime, double distance, int routeLinks, Status status) {

  /** Where a trip stands at the end of a run. */
  public enum Status { ARRIVED, EN_ROUTE, WAITING }

  /** Travel time [s] (NaN unless arrived). */
  public double travelTime() {
    return arrival - departure;
  }

  /** Delay against free flow [s] (NaN unless arrived). */
  public double delay() {
    return travelTime() - freeFlowTime;
  }
}
