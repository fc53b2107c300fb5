package uz.natlib.libstats.service.web.submissions;

import uz.natlib.libstats.vocabulary.Script;

/**
 * One district of a region for a period.
 *
 * @param submissionId the file that gives the state; {@code null} when none came
 * @param files        every file received for the district, period and kind
 */
public record DistrictRow(String code, String regionCode, String nameCyrl, String nameLatn, DistrictState state,
                          Long submissionId, String receivedAt, int files) {

    public String name(Script script) {
        return script.pick(nameCyrl, nameLatn);
    }
}
