/**
 * Locale-independent text formatting shared by the report writers: fixed-decimal numbers for
 * CSV and HTML, and clock times (HH:MM) for simulated times. Everything here is pure and
 * deterministic so that identical runs give byte-identical files on any default locale.
 */
package org.citysim.reports.text;
