package uz.natlib.libstats.reports;

import uz.natlib.libstats.territory.Territory;

/** One report of one territory for one period, before script and format are chosen. */
public record ReportUnit(ReportType type, int year, int quarter, Territory place) {
}
