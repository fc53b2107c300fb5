package uz.natlib.libstats.service.api;

import java.math.BigDecimal;

/**
 * One consolidated figure.
 *
 * @param value {@code null} when no district under the territory reported it: never a silent zero
 */
record Figure(int year, int quarter, String span, String territory, String indicator, String indicatorNumber,
              String measure, BigDecimal value, int reporting, int expected, long consolidationRun) {
}
