package uz.natlib.libstats.service.api;

import uz.natlib.libstats.vocabulary.Period;

/**
 * Which consolidated figures to give. A quarter period gives that quarter alone and the year up
 * to it; a year period gives the whole year (year to date at quarter 4). {@code region} is the
 * asking regional user's region (its own figures, its districts' and the nation's), else {@code null}.
 */
record FigureQuery(Integer year, Period period, String territory, String indicator, String region) {
}
