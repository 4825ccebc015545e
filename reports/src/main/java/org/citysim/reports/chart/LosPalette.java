package org.citysim.reports.chart;

import java.awt.Color;
import org.citysim.sim.metrics.LevelOfService;

/**
 * Colours of the HCM levels of service, from green (A) through yellow (C, D) to red (F), the
 * traffic-light scale that LOS maps use; grey for a junction that served nobody.
 */
final class LosPalette {
  static final Color NONE = new Color(0xB0, 0xB0, 0xB0);
  private static final Color[] COLOURS = {
      new Color(0x1A, 0x96, 0x41), // A
      new Color(0x8C, 0xC8, 0x4B), // B
      new Color(0xF2, 0xD0, 0x24), // C
      new Color(0xF5, 0x9B, 0x23), // D
      new Color(0xE4, 0x57, 0x1F), // E
      new Color(0xB0, 0x10, 0x1B)}; // F

  private LosPalette() {}

  /** Colour of {@code los}; grey for null. */
  static Color of(LevelOfService los) {
    return los == null ? NONE : COLOURS[los.ordinal()];
  }
}
