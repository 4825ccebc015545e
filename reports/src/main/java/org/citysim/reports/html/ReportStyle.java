package org.citysim.reports.html;

/** The inline stylesheet of the report: system fonts only, nothing fetched. */
final class ReportStyle {
  static final String CSS = """
      body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
             margin: 2rem auto; max-width: 1000px; padding: 0 1rem; color: #222;
             line-height: 1.45; }
      h1 { margin-bottom: 0.2rem; }
      h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; margin-top: 2rem; }
      .description { color: #555; margin-top: 0; }
      table { border-collapse: collapse; margin: 0.5rem 0; }
      th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left;
               vertical-align: top; }
      th { background: #f4f4f4; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      code { font-family: "DejaVu Sans Mono", monospace; }
      figure { margin: 1rem 0 2rem; }
      figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.9rem; }
      .warnings li { color: #8a4b00; }
      td.best { background: #e3f4e1; font-weight: bold; }
      td.ref { background: #f7f7f7; }
      pre { background: #f7f7f7; border: 1px solid #ddd; padding: 0.8rem; overflow-x: auto;
            font-size: 0.85rem; }
      footer { color: #777; font-size: 0.85rem; margin-top: 2rem; }
      """;

  /** Added after {@link #CSS} on the sweep report: its points table can be wider than a page. */
  static final String SWEEP_CSS = """
      .scroll { overflow-x: auto; }
      .note { color: #555; }
      """;

  private ReportStyle() {}
}
