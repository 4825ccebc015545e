package org.citysim.reports.html;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.citysim.sim.forecast.Evaluation;

/**
 * Writes a model's {@link Evaluation} as {@code NAME.html} (offline page in the run reports'
 * style) and {@code NAME.md}, each written aside and moved into place, so neither is ever seen
 * half-written.
 */
public final class EvaluationReportWriter {
  /**
   * Writes both files.
   *
   * @param e     the evaluation
   * @param facts what was evaluated on what, in order (scenario, days, seed, ...)
   * @param html  the page's path
   * @param md    the Markdown file's path
   */
  public void write(Evaluation e, Map<String, String> facts, Path html, Path md)
      throws IOException {
    atomic(html, html(e, facts));
    atomic(md, markdown(e, facts));
  }

  /** The page as text. */
  public String html(Evaluation e, Map<String, String> facts) {
    StringBuilder h = new StringBuilder(8192);
    String title = "citysim " + e.kind() + ": " + Html.escape(e.model());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(title).append("</title>\n<style>\n").append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n");
    h.append("<table>\n");
    for (Map.Entry<String, String> f : facts.entrySet()) {
      h.append("<tr><th>").append(Html.escape(f.getKey())).append("</th><td>")
          .append(Html.escape(f.getValue())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    for (String n : e.notes()) {
      h.append("<p>").append(Html.escape(n)).append("</p>\n");
    }
    for (Evaluation.Table t : e.tables()) {
      h.append("<h2>").append(Html.escape(t.title())).append("</h2>\n<table>\n<tr>");
      for (String c : t.columns()) {
        h.append("<th>").append(Html.escape(c)).append("</th>");
      }
      h.append("</tr>\n");
      for (var row : t.rows()) {
        h.append("<tr>");
        for (String c : row) {
          h.append("<td>").append(Html.escape(c)).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /** The Markdown text. */
  public String markdown(Evaluation e, Map<String, String> facts) {
    StringBuilder m = new StringBuilder("# citysim ").append(e.kind()).append(": ")
        .append(e.model()).append("\n\n");
    for (Map.Entry<String, String> f : facts.entrySet()) {
      m.append("- ").append(f.getKey()).append(": ").append(f.getValue()).append('\n');
    }
    m.append('\n');
    for (String n : e.notes()) {
      m.append(n).append("\n\n");
    }
    for (Evaluation.Table t : e.tables()) {
      m.append(t.markdown()).append('\n');
    }
    return m.toString();
  }

  private static void atomic(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
