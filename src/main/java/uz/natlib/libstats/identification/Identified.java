package uz.natlib.libstats.identification;

import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * Who sent a file and for which period, once understood.
 *
 * @param quarter 1-4 for a return, {@code null} for a plan
 */
public record Identified(SubmissionKind kind, String districtCode, int year, Integer quarter) {

    public Period period() {
        return new Period(year, quarter);
    }

    public String periodCode() {
        return period().code();
    }
}
