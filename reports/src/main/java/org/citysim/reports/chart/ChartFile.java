package org.citysim.reports.chart;

import java.util.Objects;

/**
 * One chart written in both formats.
 *
 * @param title   human title, e.g. "Vehicles in network"
 * @param caption one sentence on what the chart shows
 * @param png     file name of the PNG, relative to the charts folder
 * @param svg     file name of the SVG, relative to the charts folder
 * @param section report section the chart belongs to: {@link #GENERAL} (the "Charts" list) or
 *                {@link #AIR_QUALITY} or {@link #INCIDENTS}
 */
public record ChartFile(String title, String caption, String png, String svg, String section) {
  /** Section of the charts shown in the report's general chart list. */
  public static final String GENERAL = "";
  /** Section of the pollution charts, shown in the report's "Air quality" section. */
  public static final String AIR_QUALITY = "air-quality";
  /** Section of the incidents map, shown in the report's "Incidents" section. */
  public static final String INCIDENTS = "incidents";

  public ChartFile {
    Objects.requireNonNull(title);
    Objects.requireNonNull(caption);
    Objects.requireNonNull(png);
    Objects.requireNonNull(svg);
    Objects.requireNonNull(section);
  }

  /** A chart of the general list. */
  public ChartFile(String title, String caption, String png, String svg) {
    this(title, caption, png, svg, GENERAL);
  }
}
