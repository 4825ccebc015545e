package org.citysim.reports.sweep;

import java.nio.file.Path;

/**
 * A run whose own report the sweep report links to.
 *
 * @param label       what it is, e.g. "best delay.mean"
 * @param kpi         the KPI it is best or worst in
 * @param point       design point
 * @param replication replication
 * @param value       its KPI value
 * @param folder      its run folder, relative to the sweep report's folder
 */
public record RunLink(String label, String kpi, int point, int replication, double value,
    Path folder) {}
