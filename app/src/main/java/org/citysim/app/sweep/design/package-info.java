/**
 * Experimental designs: which parameter combinations a sweep runs. Each design places points
 * in the unit cube [0, 1]^k (k parameters) and maps them to values with {@link
 * org.citysim.app.sweep.Parameter#at}, except the full factorial, which uses the parameters'
 * levels. Randomised designs draw from their own seeded generator, so a sweep file gives the
 * same points every time. {@link org.citysim.app.sweep.design.Designs} makes a design from a
 * sweep file's name and options and lists each design's number of points.
 */
package org.citysim.app.sweep.design;
