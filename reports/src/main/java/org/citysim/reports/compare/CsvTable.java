package org.citysim.reports.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file read whole: RFC 4180 fields (quotes, doubled quotes, commas and line breaks
 * inside quotes), as the run folder's writers produce them.
 *
 * @param header column names
 * @param rows   data rows; each as long as the header
 * @param lines  1-based line on which each row starts, for error messages
 */
record CsvTable(List<String> header, List<List<String>> rows, List<Integer> lines) {

  /**
   * Reads {@code file}.
   *
   * @throws RunFolderException when it is empty or a row's width differs from the header's
   */
  static CsvTable read(Path file) throws IOException, RunFolderException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        starts.add(recordLine);
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new RunFolderException(file, recordLine, 0, "a quoted field is never closed",
          "the file is damaged; run the scenario again");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      starts.add(recordLine);
    }
    if (records.isEmpty()) {
      throw new RunFolderException(file, 0, 0, "the file is empty",
          "the file is damaged; run the scenario again");
    }
    List<String> header = records.get(0);
    for (int r = 1; r < records.size(); r++) {
      if (records.get(r).size() != header.size()) {
        throw new RunFolderException(file, starts.get(r), 0, "the row has "
            + records.get(r).size() + " fields, the header " + header.size(),
            "the file is damaged; run the scenario again");
      }
    }
    return new CsvTable(header, records.subList(1, records.size()),
        starts.subList(1, starts.size()));
  }

  /** Index of column {@code name}. */
  int column(Path file, String name) throws RunFolderException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new RunFolderException(file, 1, 0, "no column '" + name + "'",
          "the file was not written by this citysim version; run the scenario again");
    }
    return i;
  }
}
