/**
 * Air-quality conventions the reports share between the HTML page and the charts: the US EPA
 * AQI categories with their official names, ranges and colours. Pure data, no AWT or HTML.
 */
package org.citysim.reports.air;
