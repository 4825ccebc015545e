/**
 * The sweep file ({@code citysim sweep FILE}): its format, and the loader that validates it
 * completely before any run starts. Every parameter path and value is tried on the base
 * scenario at load time, so a typo is a located one-line error (file, line, field, hint) and
 * not a sweep of failed runs. The format is documented in {@code docs/sweeps.md}.
 */
package org.citysim.app.sweep.file;
