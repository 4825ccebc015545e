package org.citysim.agents.dispatch;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.citysim.agents.dispatch.DispatchProblem.Incident;
import org.citysim.agents.dispatch.DispatchProblem.Unit;
import org.citysim.sim.random.RandomStream;

/**
 * Dispatch by vehicle routing with jsprit 1.8 (the only class that uses jsprit). Each unit is a
 * vehicle of capacity 1 starting at its node when it is free, with its kind as its one skill and
 * no return to a depot; each need (incident, kind) is a service of size 1 at the incident's node
 * that requires that skill, with the incident's time window (hard) and service time.
 *
 * <p>Objective (our own {@code SolutionCostCalculator}): the cost of driving to a need is its
 * incident's {@link Incident#responseWeight()} times the response time (arrival - now, including
 * the wait until the unit is free), so the solver minimises the priority-weighted total response
 * time. Leaving a need unserved costs {@code 2 * M * (11 - p)}, jsprit's own penalty form, with
 * {@code p} = 1, 5, 10 for our priorities 1, 2, 3 ({@link #jspritPriority}) and M above any
 * single weighted response: serving a need always beats leaving it, and a more urgent need wins a
 * unit over a less urgent one whatever the travel times.
 *
 * <p>Why the services all carry jsprit's default priority instead of the mapped one: jsprit 1.8
 * inserts jobs strictly in priority order (best insertion sorts by priority; regret insertion
 * multiplies the regret by {@code 11 - priority}), so with capacity-1 units it never builds a
 * solution where a less urgent incident takes a unit that a more urgent one would have taken
 * first, even when that swap lowers the weighted response time (found by comparing against an
 * exhaustive search, see the tests). Priorities act through the objective only.
 *
 * <p>Reproducibility and speed: one thread and a fixed iteration budget (never a time limit),
 * with the solver's random generator seeded from this dispatcher's {@link RandomStream} on every
 * call, so a run's decisions repeat exactly for the same scenario seed. Needs no unit can reach
 * in time, and units no need can use, are left out of the solver.
 */
public final class JspritDispatcher implements Dispatcher {
  /**
   * Default iteration budget per decision. 256 matched the exhaustive optimum on all of 90 random
   * instances of 6 units and 4 incidents (128 missed 2, by up to 1.7%); see DispatchTiming for the
   * time per call.
   */
  public static final int DEFAULT_ITERATIONS = 256;
  /** Stand-in travel time for pairs without a route [s]: large but safe in sums. */
  private static final double UNREACHABLE = 1e7;

  private final RandomStream random;
  private final int iterations;

  /** A dispatcher with {@link #DEFAULT_ITERATIONS}. */
  public JspritDispatcher(RandomStream random) {
    this(random, DEFAULT_ITERATIONS);
  }

  /**
   * @param random     the agent's stream; one seed is drawn from it per call
   * @param iterations ruin-and-recreate iterations per call, at least 1
   */
  public JspritDispatcher(RandomStream random, int iterations) {
    this.random = Objects.requireNonNull(random, "random");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    this.iterations = iterations;
  }

  @Override
  public Assignment assign(DispatchProblem problem) {
    // Drawn on every call, even a trivial one, so the stream advances the same way however the
    // incidents fall (common random numbers across dispatcher variants).
    long seed = ((long) random.nextInt(Integer.MAX_VALUE) << 31) ^ random.nextInt(Integer.MAX_VALUE);
    List<Needs.Need> needs = Needs.of(problem);
    int[] unitOfNeed = new int[needs.size()];
    Arrays.fill(unitOfNeed, -1);

    List<Integer> jobs = new ArrayList<>(); // need indices given to the solver
    boolean[] useful = new boolean[problem.units().size()];
    for (int n = 0; n < needs.size(); n++) {
      if (!needs.get(n).candidates().isEmpty()) {
        jobs.add(n);
        needs.get(n).candidates().forEach(u -> useful[u] = true);
      }
    }
    List<Integer> vehicles = new ArrayList<>(); // unit indices given to the solver
    for (int u = 0; u < useful.length; u++) {
      if (useful[u]) {
        vehicles.add(u);
      }
    }
    if (!jobs.isEmpty()) {
      solve(problem, needs, jobs, vehicles, seed, unitOfNeed);
    }
    return Needs.assignment(problem, needs, unitOfNeed);
  }

  private void solve(DispatchProblem p, List<Needs.Need> needs, List<Integer> jobs,
      List<Integer> vehicles, long seed, int[] unitOfNeed) {
    // Locations: the vehicles' starts first, then one per job (even when nodes coincide, so a
    // location's index tells which job it is).
    int nv = vehicles.size();
    int nl = nv + jobs.size();
    int[] node = new int[nl];
    double[] weight = new double[nl];
    for (int v = 0; v < nv; v++) {
      node[v] = p.units().get(vehicles.get(v)).node();
    }
    for (int j = 0; j < jobs.size(); j++) {
      Incident inc = needs.get(jobs.get(j)).incident();
      node[nv + j] = inc.node();
      weight[nv + j] = inc.responseWeight();
    }
    double[][] time = new double[nl][nl];
    for (int a = 0; a < nl; a++) {
      for (int b = 0; b < nl; b++) {
        double t = a == b ? 0 : p.travelTime().seconds(node[a], node[b]);
        time[a][b] = Double.isFinite(t) ? t : UNREACHABLE;
      }
    }
    WeightedResponseCosts costs = new WeightedResponseCosts(time, weight, p.now());

    VehicleType type = VehicleTypeImpl.Builder.newInstance("unit")
        .addCapacityDimension(0, 1).setFixedCost(0).setCostPerDistance(0)
        .setCostPerTransportTime(1).build();
    VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
        .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE).setRoutingCost(costs);
    for (int v = 0; v < nv; v++) {
      Unit unit = p.units().get(vehicles.get(v));
      vrp.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setType(type)
          .setStartLocation(location(v)).setReturnToDepot(false)
          .setEarliestStart(unit.departure(p.now())).addSkill(unit.kind().id()).build());
    }
    double maxCost = 1;
    double[] penalty = new double[jobs.size()];
    for (int j = 0; j < jobs.size(); j++) {
      Needs.Need need = needs.get(jobs.get(j));
      Incident inc = need.incident();
      vrp.addJob(Service.Builder.newInstance("j" + j).setLocation(location(nv + j))
          .setServiceTime(inc.serviceTime()).addTimeWindow(inc.earliest(), inc.latest())
          .addSizeDimension(0, 1)
          .addRequiredSkill(need.kind().id()).build());
      for (int u : need.candidates()) {
        double response = p.arrival(p.units().get(u), inc) - p.now();
        maxCost = Math.max(maxCost, 1 + inc.responseWeight() * response);
      }
    }
    for (int j = 0; j < jobs.size(); j++) {
      penalty[j] = unservedPenalty(needs.get(jobs.get(j)).incident().priority(), maxCost);
    }
    VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp.build())
        .setProperty(Jsprit.Parameter.THREADS, "1")
        .setProperty(Jsprit.Parameter.MAX_TRANSPORT_COSTS, Double.toString(maxCost))
        .setRandom(new Random(seed))
        .setObjectiveFunction(solution -> objective(solution, costs, penalty))
        .buildAlgorithm();
    algorithm.setMaxIterations(iterations);
    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());

    for (VehicleRoute route : best.getRoutes()) {
      List<TourActivity> acts = route.getActivities();
      if (acts.size() > 1) {
        throw new IllegalStateException("jsprit gave unit " + route.getVehicle().getId() + " "
            + acts.size() + " incidents despite capacity 1");
      }
      for (TourActivity act : acts) {
        int j = Integer.parseInt(((TourActivity.JobActivity) act).getJob().getId().substring(1));
        int v = Integer.parseInt(route.getVehicle().getId().substring(1));
        unitOfNeed[jobs.get(j)] = vehicles.get(v);
      }
    }
  }

  /** Weighted response time of the routes plus the penalties of unserved jobs. */
  private static double objective(VehicleRoutingProblemSolution solution,
      WeightedResponseCosts costs, double[] penalty) {
    double cost = 0;
    for (VehicleRoute route : solution.getRoutes()) {
      TourActivity prev = route.getStart();
      for (TourActivity act : route.getActivities()) {
        cost += costs.getTransportCost(prev.getLocation(), act.getLocation(), prev.getEndTime(),
            route.getDriver(), route.getVehicle());
        prev = act;
      }
    }
    for (Job job : solution.getUnassignedJobs()) {
      cost += penalty[Integer.parseInt(job.getId().substring(1))];
    }
    return cost;
  }

  /**
   * The objective's cost of leaving a need of an incident with {@code priority} unserved, given
   * {@code maxCost}, an upper bound of any one weighted response [s].
   */
  static double unservedPenalty(int priority, double maxCost) {
    return 2 * maxCost * (11 - jspritPriority(priority));
  }

  private static Location location(int index) {
    return Location.Builder.newInstance().setId("l" + index).setIndex(index).build();
  }

  /** Our priority 1..3 (1 most urgent) on jsprit's scale 1..10 (1 most urgent). */
  private static int jspritPriority(int priority) {
    return switch (priority) {
      case 1 -> 1;
      case 2 -> 5;
      default -> 10;
    };
  }

  /**
   * Transport costs read from a matrix precomputed per decision (jsprit calls these millions of
   * times). Driving to a job costs its weight times the response time; any other leg (to an open
   * route's end, or the solver's job-to-job distance estimates) costs its plain travel time or
   * nothing.
   */
  private static final class WeightedResponseCosts
      extends AbstractForwardVehicleRoutingTransportCosts {
    private final double[][] time;
    private final double[] weight;
    private final double now;

    WeightedResponseCosts(double[][] time, double[] weight, double now) {
      this.time = time;
      this.weight = weight;
      this.now = now;
    }

    @Override
    public double getTransportTime(Location from, Location to, double departureTime,
        Driver driver, Vehicle vehicle) {
      return time[from.getIndex()][to.getIndex()];
    }

    @Override
    public double getTransportCost(Location from, Location to, double departureTime,
        Driver driver, Vehicle vehicle) {
      int a = from.getIndex();
      int b = to.getIndex();
      if (a == b) {
        return 0; // an open route's end sits on its last job
      }
      if (vehicle == null) {
        return time[a][b]; // distance estimates between jobs, for the ruin neighbourhoods
      }
      return weight[b] * (Math.max(departureTime, now) - now + time[a][b]);
    }

    @Override
    public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
      return time[from.getIndex()][to.getIndex()];
    }
  }
}
