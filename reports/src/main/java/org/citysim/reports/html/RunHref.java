package org.citysim.reports.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Links from a report page to a run folder's own report ({@code <folder>/index.html}). A
 * relative folder becomes a relative URL, segment by segment with '/' on every platform and
 * percent-encoding outside RFC 3986's unreserved characters, so the link resolves against the
 * page's folder as the folder does against it.
 */
final class RunHref {
  private static final String HEX = "0123456789ABCDEF";

  private RunHref() {}

  /** The URL of {@code folder}'s {@code index.html}, relative if {@code folder} is. */
  static String of(Path folder) {
    if (folder.isAbsolute()) {
      String uri = folder.toUri().toString();
      return uri + (uri.endsWith("/") ? "" : "/") + "index.html";
    }
    StringBuilder url = new StringBuilder();
    for (Path segment : folder) {
      String s = segment.toString();
      if (!s.isEmpty()) {
        encode(s, url);
        url.append('/');
      }
    }
    return url.append("index.html").toString();
  }

  /** The folder as people read it: '/' between its names on every platform. */
  static String display(Path folder) {
    return folder.toString().replace(folder.getFileSystem().getSeparator(), "/");
  }

  private static void encode(String segment, StringBuilder out) {
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
  }
}
