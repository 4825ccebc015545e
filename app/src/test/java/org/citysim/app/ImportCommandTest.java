package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final Path SUMO = Path.of(System.getenv().getOrDefault("SUMO_HOME",
      "/usr/share/sumo"));

  @TempDir
  Path tmp;

  @Test
  void importSumo_writesAScenarioThatRuns() throws Exception {
    Path cross = SUMO.resolve("tools/game/cross");
    assertTrue(Files.isRegularFile(cross.resolve("cross.net.xml")),
        "SUMO's example files are needed: install sumo-tools or set SUMO_HOME");
    Path yaml = tmp.resolve("cross.yaml");
    Cli r = Cli.run("import", "sumo", "--net", cross.resolve("cross.net.xml").toString(),
        "--routes", cross.resolve("cross.rou.xml").toString(), "--out", yaml.toString(),
        "--name", "cross", "--end", "00:20");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("16 links"), r.out());
    Path run = tmp.resolve("run");
    Cli ran = Cli.run("run", "-q", yaml.toString(), "--out", run.toString());
    assertEquals(0, ran.exit(), ran.err());
    assertTrue(Files.readString(run.resolve("summary.json")).contains("\"arrived\""));
  }

  @Test
  void importSumo_refusesToOverwriteAndReportsBadFiles() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("taken.yaml"), "keep");
    Path cross = SUMO.resolve("tools/game/cross");
    Cli r = Cli.run("import", "sumo", "--net", cross.resolve("cross.net.xml").toString(),
        "--routes", cross.resolve("cross.rou.xml").toString(), "--out", yaml.toString());
    assertEquals(2, r.exit());
    assertEquals("keep", Files.readString(yaml));
    Path badNet = Files.writeString(tmp.resolve("bad.net.xml"), "<net><edge id='a'></net>");
    Path out = tmp.resolve("new.yaml");
    Cli bad = Cli.run("import", "sumo", "--net", badNet.toString(), "--routes",
        cross.resolve("cross.rou.xml").toString(), "--out", out.toString());
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains("bad.net.xml:1"), bad.err());
    assertFalse(Files.exists(out), "nothing half-written");
    assertFalse(Files.exists(tmp.resolve("new.yaml.partial")));
  }
}
