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
 * @param previousCode as the table's previous_code column says: null = the previous year's row of the
 *                    same code, "-" = no link, "A" or "A|B" = the previous year's rows it continues
 */
public record Indicator(String code, String seedNumber, String section, String parentCode, Breakdown breakdown,
                        String labelCyrl, String labelLatn, String labelEn, String unitSeed, List<String> measures,
                        Aggregation aggregation, Periodicity periodicity, String dueSeed,
                        boolean planBearing, boolean qualitative, String previousCode) {

    public enum Breakdown { COMPLETE, PARTIAL }

    /** Flow: the year is the sum of its quarters. Stock: the year is its last quarter. */
    public enum Aggregation { FLOW, STOCK }

    public enum Periodicity { QUARTERLY, MONTHLY, ANNUAL }

    /** The separator of merged rows' codes in previous_code. */
    public static final String MERGED = "|";
    /** previous_code of a row that continues nothing of the year before. */
    public static final String NO_LINK = "-";

    public Indicator {
        measures = List.copyOf(measures);
    }

    public Indicator(String code, String seedNumber, String section, String parentCode, Breakdown breakdown,
                     String labelCyrl, String labelLatn, String labelEn, String unitSeed, List<String> measures,
                     Aggregation aggregation, Periodicity periodicity, String dueSeed,
                     boolean planBearing, boolean qualitative) {
        this(code, seedNumber, section, parentCode, breakdown, labelCyrl, labelLatn, labelEn, unitSeed, measures,
                aggregation, periodicity, dueSeed, planBearing, qualitative, null);
    }
}
