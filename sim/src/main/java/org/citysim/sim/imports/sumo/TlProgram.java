package org.citysim.sim.imports.sumo;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code <tlLogic>} program.
 *
 * @param id        traffic-light id
 * @param type      SUMO type ({@code static}, {@code actuated}, ...)
 * @param programId program id
 * @param offset    time at which phase 0 starts [s]; SUMO delays all phases by a positive offset
 * @param phases    phases in order
 * @param file      the file it came from
 * @param line      line of the {@code <tlLogic>} tag
 */
record TlProgram(String id, String type, String programId, double offset, List<Phase> phases,
    Path file, int line) {

  /**
   * One phase.
   *
   * @param duration length [s], positive
   * @param state    one signal character per link index
   * @param line     line of the {@code <phase>} tag
   */
  record Phase(double duration, String state, int line) {}
}
