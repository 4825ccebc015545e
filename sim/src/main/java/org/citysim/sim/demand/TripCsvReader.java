package org.citysim.sim.demand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.Times;

/**
 * Reads a trip list: a CSV file with a header naming the columns {@code id}, {@code departure}
 * (seconds since midnight or HH:MM[:SS]), {@code from} and {@code to} (node ids), in any order.
 * Every bad row is reported with its line.
 */
public final class TripCsvReader {
  private static final List<String> COLUMNS = List.of("id", "departure", "from", "to");

  private TripCsvReader() {}

  /** Reads {@code file}, resolving node ids against {@code net}. */
  public static List<Trip> read(Path file, RoadNetwork net) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<Trip> trips = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    // Blank lines (often at the end of hand-edited files) are not trips.
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(schema).readValues(file.toFile())) {
      boolean headerChecked = false;
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        // Where the row's last value started, not the parser's position after the row: that is
        // already on the next line once the row's line break has been read.
        int line = it.getParser().currentTokenLocation().getLineNr();
        if (!headerChecked) {
          headerChecked = true;
          List<String> missing = COLUMNS.stream().filter(c -> !row.containsKey(c)).toList();
          if (!missing.isEmpty()) {
            throw new ScenarioException(new Problem(file, 1, 1, "", "missing column(s) "
                + missing, "the header must name the columns id,departure,from,to"));
          }
        }
        Trip t = row(file, line, row, net, problems);
        if (t != null && !ids.add(t.id())) {
          problems.add(new Problem(file, line, 0, "id", "duplicate trip id '" + t.id() + "'",
              "give every trip its own id"));
        } else if (t != null) {
          trips.add(t);
        }
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      problems.add(new Problem(file, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", "malformed CSV: " + e.getOriginalMessage(),
          "expected a header line and rows of id,departure,from,to"));
    } catch (IOException e) {
      problems.add(new Problem(file, 0, 0, "", "cannot read trip file: " + e.getMessage(),
          "check the path"));
    } catch (RuntimeException e) {
      // Jackson wraps parse errors during iteration in RuntimeJsonMappingException.
      problems.add(new Problem(file, 0, 0, "", "malformed CSV: " + e.getMessage(),
          "expected a header line and rows of id,departure,from,to"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return trips;
  }

  private static Trip row(Path file, int line, Map<String, String> row, RoadNetwork net,
      List<Problem> problems) {
    int before = problems.size();
    String id = row.getOrDefault("id", "").trim();
    if (id.isEmpty()) {
      problems.add(new Problem(file, line, 0, "id", "empty trip id", "every row needs an id"));
    }
    double dep = Double.NaN;
    try {
      dep = Times.parse(row.getOrDefault("departure", "").trim());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, line, 0, "departure", "bad departure time '"
          + row.get("departure") + "'", "expected seconds since midnight or HH:MM[:SS]"));
    }
    int from = node(file, line, "from", row.getOrDefault("from", "").trim(), net, problems);
    int to = node(file, line, "to", row.getOrDefault("to", "").trim(), net, problems);
    if (from >= 0 && from == to) {
      problems.add(new Problem(file, line, 0, "to", "trip ends where it starts",
          "origin and destination must differ"));
    }
    return problems.size() == before ? new Trip(id, from, to, dep) : null;
  }

  private static int node(Path file, int line, String field, String id, RoadNetwork net,
      List<Problem> problems) {
    int n = id.isEmpty() ? -1 : net.nodeIndex(id);
    if (n < 0) {
      problems.add(new Problem(file, line, 0, field, "unknown node '" + id + "'",
          "use a node id of the scenario's network"));
    }
    return n;
  }
}
