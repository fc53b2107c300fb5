package uz.natlib.libstats.catalogue;

import java.util.List;

/**
 * One row of a year's indicator table.
 *
 * @param code        stable unique code ("1.1", "1.1.02", "IBX.1")
 * @param seedNumber  the number printed in the paper form, if any (not unique: the 2021 form has 4.5 twice)
 * @param parentCode  the total this row is a part of ("of which"), if any
 * @param breakdown   how this row's own parts relate to it, if it has parts
 * @param measures    the numbers reported for the row, in order (titles, copies, ...); empty if qualitative
 */
public record Indicator(String code, String seedNumber, String section, String parentCode, Breakdown breakdown,
                        String labelCyrl, String labelLatn, String labelEn, String unitSeed, List<String> measures,
                        Aggregation aggregation, Periodicity periodicity, String dueSeed,
                        boolean planBearing, boolean qualitative) {

    public enum Breakdown { COMPLETE, PARTIAL }

    /** Flow: the year is the sum of its quarters. Stock: the year is its last quarter. */
    public enum Aggregation { FLOW, STOCK }

    public enum Periodicity { QUARTERLY, MONTHLY, ANNUAL }

    public Indicator {
        measures = List.copyOf(measures);
    }
}
