package org.citysim.reports.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citysim.reports.text.Decimals;

/**
 * Writes CSV rows field by field. Lines end with "\n" rather than RFC 4180's CRLF because every
 * other output of a run uses "\n" and common readers (pandas, R, spreadsheets) accept both.
 */
final class CsvLineWriter implements Closeable {
  private final BufferedWriter out;
  private boolean firstInRow = true;

  CsvLineWriter(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Appends a text field, quoted only if it contains a comma, quote or line break. */
  CsvLineWriter text(String value) throws IOException {
    separator();
    out.write(quote(value));
    return this;
  }

  /** Appends a number with three decimals; NaN and infinities give an empty field. */
  CsvLineWriter decimal(double value) throws IOException {
    separator();
    out.write(Decimals.three(value));
    return this;
  }

  /** Appends an integer. */
  CsvLineWriter integer(long value) throws IOException {
    separator();
    out.write(Long.toString(value));
    return this;
  }

  /** Ends the current row. */
  void endRow() throws IOException {
    out.write('\n');
    firstInRow = true;
  }

  /** Writes a header row. */
  void header(String... names) throws IOException {
    for (String name : names) {
      text(name);
    }
    endRow();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void separator() throws IOException {
    if (!firstInRow) {
      out.write(',');
    }
    firstInRow = false;
  }

  /** RFC 4180 quoting: wrap in quotes and double inner quotes, only where needed. */
  static String quote(String value) {
    if (value == null) {
      return "";
    }
    boolean needs = false;
    for (int i = 0; i < value.length() && !needs; i++) {
      char c = value.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
