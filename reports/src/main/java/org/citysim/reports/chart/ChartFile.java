package org.citysim.reports.chart;

import java.util.Objects;

/**
 * One chart written in both formats.
 *
 * @param title   human title, e.g. "Vehicles in network"
 * @param caption one sentence on what the chart shows
 * @param png     file name of the PNG, relative to the charts folder
 * @param svg     file name of the SVG, relative to the charts folder
 */
public record ChartFile(String title, String caption, String png, String svg) {
  public ChartFile {
    Objects.requireNonNull(title);
    Objects.requireNonNull(caption);
    Objects.requireNonNull(png);
    Objects.requireNonNull(svg);
  }
}
