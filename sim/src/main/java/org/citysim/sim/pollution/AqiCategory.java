package org.citysim.sim.pollution;

/** US EPA AQI categories with their index ranges and standard colours (EPA-454/B-24-002). */
public enum AqiCategory {
  GOOD("Good", 0, 50, 0x00E400),
  MODERATE("Moderate", 51, 100, 0xFFFF00),
  UNHEALTHY_FOR_SENSITIVE_GROUPS("Unhealthy for Sensitive Groups", 101, 150, 0xFF7E00),
  UNHEALTHY("Unhealthy", 151, 200, 0xFF0000),
  VERY_UNHEALTHY("Very Unhealthy", 201, 300, 0x8F3F97),
  HAZARDOUS("Hazardous", 301, 500, 0x7E0023);

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

  /** The category of an AQI value (values above 500 are Hazardous). */
  public static AqiCategory of(int aqi) {
    for (AqiCategory c : values()) {
      if (aqi <= c.high) {
        return c;
      }
    }
    return HAZARDOUS;
  }

  /** Name as EPA prints it. */
  public String label() {
    return label;
  }

  /** Lowest index of the category. */
  public int low() {
    return low;
  }

  /** Highest index of the category. */
  public int high() {
    return high;
  }

  /** Colour as 0xRRGGBB. */
  public int rgb() {
    return rgb;
  }

  /** Colour as CSS, e.g. {@code #ff7e00}. */
  public String css() {
    return String.format(java.util.Locale.ROOT, "#%06x", rgb);
  }

  /** Whether dark text is hard to read on the colour (red, purple, maroon). */
  public boolean dark() {
    return this == UNHEALTHY || this == VERY_UNHEALTHY || this == HAZARDOUS;
  }

  /** Colour as {@code #RRGGBB}. */
  public String hex() {
    return String.format("#%06X", rgb);
  }
}
