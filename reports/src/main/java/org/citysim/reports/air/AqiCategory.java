package org.citysim.reports.air;

/**
 * The US EPA Air Quality Index categories, with the colours of the EPA's Technical Assistance
 * Document for the Reporting of Daily Air Quality (RGB as published), so report readers see
 * the colours they know from public AQI maps.
 */
public enum AqiCategory {
  GOOD("Good", 0, 50, 0x00E400),
  MODERATE("Moderate", 51, 100, 0xFFFF00),
  UNHEALTHY_FOR_SENSITIVE("Unhealthy for sensitive groups", 101, 150, 0xFF7E00),
  UNHEALTHY("Unhealthy", 151, 200, 0xFF0000),
  VERY_UNHEALTHY("Very unhealthy", 201, 300, 0x8F3F97),
  HAZARDOUS("Hazardous", 301, Integer.MAX_VALUE, 0x7E0023);

  private final String label;
  private final int low;
  private final int high;
  private final int rgb;

  AqiCategory(String label, int low, int high, int rgb) {
    this.label = label;
    this.low = low;
    this.high = high;
    this.rgb = rgb;
  }

  /** The category of an AQI value; negative values count as Good. */
  public static AqiCategory of(int aqi) {
    for (AqiCategory c : values()) {
      if (aqi <= c.high) {
        return c;
      }
    }
    return HAZARDOUS;
  }

  /** Name as the EPA writes it, e.g. "Unhealthy for sensitive groups". */
  public String label() {
    return label;
  }

  /** Lowest AQI of the category. */
  public int low() {
    return low;
  }

  /** Highest AQI of the category; {@link Integer#MAX_VALUE} for Hazardous (open-ended). */
  public int high() {
    return high;
  }

  /** Range as text, e.g. "51–100" or "301+". */
  public String range() {
    return high == Integer.MAX_VALUE ? low + "+" : low + "\u2013" + high;
  }

  /** Colour as 0xRRGGBB. */
  public int rgb() {
    return rgb;
  }

  /** Colour as CSS, e.g. "#ff7e00". */
  public String css() {
    return String.format(java.util.Locale.ROOT, "#%06x", rgb);
  }

  /** Whether dark text is hard to read on the colour (purple, maroon, red). */
  public boolean dark() {
    return this == UNHEALTHY || this == VERY_UNHEALTHY || this == HAZARDOUS;
  }
}
