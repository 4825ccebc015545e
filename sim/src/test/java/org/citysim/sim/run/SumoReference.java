package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Runs SUMO itself (the `sumo` binary) and reads its trip durations, for comparison tests. */
final class SumoReference {
  private SumoReference() {}

  /** SUMO's data folder: SUMO_HOME, else Debian's /usr/share/sumo. */
  static Path home() {
    String env = System.getenv("SUMO_HOME");
    return Path.of(env == null || env.isBlank() ? "/usr/share/sumo" : env);
  }

  /**
   * Runs {@code sumo} with {@code args} plus a tripinfo output and returns the durations [s] of
   * the vehicles that arrived. Fails the test (never skips) when SUMO cannot run.
   */
  static List<Double> tripDurations(Path workDir, String... args)
      throws IOException, InterruptedException, XMLStreamException {
    Path tripinfo = workDir.resolve("tripinfo.xml");
    List<String> cmd = new ArrayList<>(List.of("sumo", "--no-step-log", "--no-warnings",
        "--tripinfo-output", tripinfo.toString()));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(workDir.resolve("sumo.log").toFile()).start();
    } catch (IOException e) {
      fail("cannot start SUMO ('sumo' on the PATH): install the Debian packages sumo and"
          + " sumo-tools (src/build/setup.sh does): " + e.getMessage());
      throw e;
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("SUMO did not finish within 10 minutes");
    }
    assertEquals(0, p.exitValue(), () -> "SUMO failed: " + read(workDir.resolve("sumo.log")));
    List<Double> durations = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(tripinfo)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("tripinfo")) {
          durations.add(Double.parseDouble(r.getAttributeValue(null, "duration")));
        }
      }
      r.close();
    }
    return durations;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log)";
    }
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
