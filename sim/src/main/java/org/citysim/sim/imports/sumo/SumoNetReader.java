package org.citysim.sim.imports.sumo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Reads a SUMO network ({@code .net.xml}) and the {@code tlLogic} programs of additional files
 * into a citysim network with fixed-time signals.
 *
 * <p>Mapping, and why:
 *
 * <ul>
 *   <li>{@code <junction>} becomes a node at (x, y) [m]; internal junctions are skipped, and
 *       only junctions that a kept edge touches become nodes.
 *   <li>{@code <edge>} becomes a link with the same id, except internal edges (junction
 *       interiors, which only give movements their crossing times, below) and pedestrian
 *       crossings and walking areas. Length is the mean lane length [m] (lanes of a curved edge
 *       differ slightly), free speed the largest lane speed [m/s], lanes the lanes open to
 *       passenger cars (see {@link NetFileParser}), capacity lanes x saturation flow [veh/h] and
 *       storage length x lanes / cell size [veh].
 *   <li>{@code <connection>}s between kept edges become movements, one per edge pair, on the
 *       lanes they leave from ({@code fromLane} among the counted lanes; lanes that lead
 *       different ways become separate lane groups), with the time to drive their internal
 *       lanes ({@code via} and its continuations) at the lanes' speed limits as crossing time,
 *       averaged over the lane connections; a U-turn without a connection is not a movement.
 *   <li>{@code <tlLogic>}: see {@link SignalPlanMapper}. A program in an additional file
 *       replaces the one of the same id loaded before it, as in SUMO, where the last loaded
 *       program is the active one.
 *   <li>Everything else is skipped and reported as one warning per element name with a count.
 * </ul>
 *
 * <p>Files are streamed with StAX; DTDs and external entities are disabled. Problems (missing or
 * non-numeric attributes, unknown edges, short phase states, malformed XML, missing files) are
 * collected with file and line and thrown together as one {@link ScenarioException}.
 */
public final class SumoNetReader {
  /** Default saturation flow per lane [veh/h]: HCM's base 1900 pc/h/lane less heavy-vehicle
   *  and urban adjustments. */
  public static final double DEFAULT_SATURATION_FLOW_PER_LANE = 1800;

  private final double saturationFlowPerLane;
  private final double cellSize;

  /**
   * A reader.
   *
   * @param saturationFlowPerLane saturation flow per lane used for link capacity [veh/h];
   *     documented default {@value #DEFAULT_SATURATION_FLOW_PER_LANE}
   * @param cellSize              jam spacing per vehicle and lane for storage capacity [m]
   */
  public SumoNetReader(double saturationFlowPerLane, double cellSize) {
    if (!(saturationFlowPerLane > 0) || !Double.isFinite(saturationFlowPerLane)) {
      throw new IllegalArgumentException("saturation flow per lane must be positive [veh/h]");
    }
    if (!(cellSize > 0) || !Double.isFinite(cellSize)) {
      throw new IllegalArgumentException("cell size must be positive [m]");
    }
    this.saturationFlowPerLane = saturationFlowPerLane;
    this.cellSize = cellSize;
  }

  /**
   * Reads net and additional files (tlLogic programs in additional files replace the net's
   * program of the same tl id, as the last-loaded program is the active one in SUMO).
   *
   * @param netXml     the {@code .net.xml}
   * @param additional additional files, in load order; only their {@code <tlLogic>}s are read
   * @throws ScenarioException with every problem found, each with file and line
   */
  public SumoNetwork read(Path netXml, List<Path> additional) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    SumoNetData d = new SumoNetData();
    parse(netXml, problems, c -> new NetFileParser(c, d).read());
    for (Path add : additional) {
      parse(add, problems, c -> readAdditional(c, d));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new SumoNetAssembler(d, netXml, saturationFlowPerLane, cellSize, problems).assemble();
  }

  private static void readAdditional(XmlCursor c, SumoNetData d) throws XMLStreamException {
    c.children(name -> {
      if ("tlLogic".equals(name)) {
        TlProgram p = TlLogicParser.read(c, d.ignored, "additional", d.phaseNext);
        if (p != null) {
          d.addProgram(p);
        }
      } else {
        d.ignored.skip(c, "additional");
      }
    });
    c.finish();
  }

  @FunctionalInterface
  private interface FileBody {
    void read(XmlCursor c) throws XMLStreamException;
  }

  private static void parse(Path file, List<Problem> problems, FileBody body) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XmlCursor c = XmlCursor.open(in, file, problems);
      try {
        body.read(c);
      } finally {
        c.close();
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(file, 0, 0, "", "file not found",
          "check the path; relative paths are resolved against the working directory"));
    } catch (IOException e) {
      problems.add(new Problem(file, 0, 0, "", "cannot read file: " + e.getMessage(), ""));
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      problems.add(new Problem(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
          at == null ? 0 : Math.max(0, at.getColumnNumber()), "",
          "malformed XML: " + xmlMessage(e), "well-formed XML as written by SUMO's tools"));
    }
  }

  /** The parser's own words, without its "ParseError at [row,col]" prefix. */
  private static String xmlMessage(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }
}
