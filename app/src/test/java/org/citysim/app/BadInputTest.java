package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one clear line per problem, exit code 2, and no run folder. */
class BadInputTest {
  @TempDir
  Path tmp;

  private static final String NETWORK = """
      name: tiny
      simulation: {start: "07:00", end: "08:00", seed: 1}
      network:
        nodes:
          - {id: a, x: 0, y: 0}
          - {id: b, x: 100, y: 0}
          - {id: c, x: 200, y: 0}
        links:
          - {id: ab, from: a, to: b, length: 100, speed: 10}
          - {id: bc, from: b, to: c, length: 100, speed: 10, capacity: CAP}
      demand:
        flows:
          - {from: FROM, to: TO, rate: 100}
      """;

  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private Cli runExpectingUserError(Path scenario) {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("run", "-q", scenario.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
    assertFalse(Files.exists(out), "no run folder for a failed run");
    assertFalse(Files.exists(tmp.resolve("out.partial")), "no partial folder");
    assertFalse(r.errLines().isEmpty());
    for (String line : r.errLines()) {
      assertTrue(line.startsWith("error: ") || line.startsWith("warning: "), line);
      assertFalse(line.contains("Exception"), "no stack trace or exception name: " + line);
    }
    return r;
  }

  private static String network(String cap, String from, String to) {
    return NETWORK.replace("CAP", cap).replace("FROM", from).replace("TO", to);
  }

  @Test
  void malformedYaml() throws IOException {
    Path f = write("bad.yaml", "name: x\nsimulation: {start: \"07:00\"\n  end: [\n");
    Cli r = runExpectingUserError(f);
    assertTrue(r.err().contains(f.toString() + ":"), r.err());
  }

  @Test
  void missingFile() {
    Cli r = runExpectingUserError(tmp.resolve("nope.yaml"));
    assertTrue(r.err().contains("nope.yaml"), r.err());
  }

  @Test
  void negativeCapacity_isReportedWithLineAndField() throws IOException {
    Path f = write("neg.yaml", network("-5", "a", "c"));
    Cli r = runExpectingUserError(f);
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains(f + ":10:"), r.err());
    assertTrue(r.err().contains("network.links[1].capacity"), r.err());
  }

  @Test
  void tripToUnknownNode() throws IOException {
    Path f = write("unknown.yaml", network("900", "a", "zz"));
    Cli r = runExpectingUserError(f);
    assertTrue(r.err().contains("demand.flows[0].to"), r.err());
    assertTrue(r.err().contains("zz"), r.err());
  }

  @Test
  void disconnectedDestination() throws IOException {
    // Links only run a -> b -> c: c cannot reach a.
    Path f = write("disconnected.yaml", network("900", "c", "a"));
    Cli r = runExpectingUserError(f);
    assertTrue(r.err().contains("no route from c to a"), r.err());
    assertTrue(r.err().contains("demand.flows[0]"), r.err());
  }

  @Test
  void severalProblems_oneLineEach() throws IOException {
    Path f = write("several.yaml", network("-5", "a", "zz").replace("seed: 1", "seed: x"));
    Cli r = runExpectingUserError(f);
    List<String> errors = r.errLines().stream().filter(l -> l.startsWith("error: ")).toList();
    assertEquals(3, errors.size(), r.err());
  }

  @Test
  void badOverride() {
    Cli bad = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out",
        tmp.resolve("o2").toString(), "--set", "network.grid.rowz=3");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--set"), bad.err());
    assertFalse(Files.exists(tmp.resolve("o2")));
  }

  @Test
  void unknownOption_isAUsageError() {
    Cli r = Cli.run("run", "--frobnicate", "x.yaml");
    assertEquals(2, r.exit());
  }

  @Test
  void outFolderThatIsNotARunFolder_isRefusedBeforeTheRunAndLeftAlone() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "precious");
    Cli r = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out", mine.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("neither empty nor a citysim run folder"), r.err());
    assertEquals("precious", Files.readString(mine.resolve("notes.txt")));
    assertEquals(1, Files.list(mine).count());
  }

  @Test
  void outPathThatIsAFile_orTheCurrentDirectory_isRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    Cli r = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out", file.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("not a folder"), r.err());
    Cli sub = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out",
        file.resolve("sub").toString());
    assertEquals(2, sub.exit(), sub.err());
    Cli here = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out", ".");
    assertEquals(2, here.exit(), here.err());
    assertTrue(here.err().contains("contains the current directory"), here.err());
  }

  @Test
  void anEarlierRunFolder_isReplaced() throws IOException {
    Path out = tmp.resolve("again");
    assertEquals(0, Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out", out.toString(),
        "--set", "simulation.end=07:30").exit());
    Cli r = Cli.run("run", "-q", "../scenarios/grid-town.yaml", "--out", out.toString(),
        "--set", "simulation.end=08:00");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("end: \"08:00:00\""));
    assertFalse(Files.exists(tmp.resolve("again.old")));
    assertFalse(Files.exists(tmp.resolve("again.partial")));
  }

  @Test
  void cameraOnAnUnknownLink_andABadWeatherCondition() throws IOException {
    Path f = write("cams.yaml", network("1800", "a", "c") + """
        sensors:
          cameras: [ab, bd]
          weather: [{from: "07:10", to: "07:20", condition: snow}]
        """);
    Cli r = runExpectingUserError(f);
    assertTrue(r.err().contains("sensors.weather[0].condition: unknown weather condition 'snow'"),
        r.err());
    // The link is only checked against the network once the file is valid.
    Cli again = runExpectingUserError(write("cams2.yaml", network("1800", "a", "c")
        + "sensors: {cameras: [ab, bd]}\n"));
    assertTrue(again.err().contains("sensors.cameras[1]: no link 'bd' in the network"
        + " (hint: did you mean 'bc'?)"), again.err());
  }
}
