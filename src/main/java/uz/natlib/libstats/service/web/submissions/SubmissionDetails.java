package uz.natlib.libstats.service.web.submissions;

import uz.natlib.libstats.vocabulary.Script;

/**
 * One received file as the pages show it, with its district's and region's names.
 *
 * @param storedPath where the file lies, as the warehouse recorded it; never shown, only resolved inside the data folder
 */
public record SubmissionDetails(long id, String kind, String originalName, String districtCode, String periodCode,
                                Integer version, String status, Long duplicateOf, Long supersededBy, String storedPath,
                                int valueCount, int errorCount, int warningCount, String receivedAt,
                                String processedAt, String districtCyrl, String districtLatn, String regionCode,
                                String regionCyrl, String regionLatn) {

    public DistrictState state() {
        return DistrictState.of(status, warningCount);
    }

    public String districtName(Script script) {
        return districtCode == null ? null : script.pick(districtCyrl, districtLatn);
    }

    public String regionName(Script script) {
        return regionCode == null ? null : script.pick(regionCyrl, regionLatn);
    }

    /** The name the sender gave the file, without the folders of the inbox. */
    public String baseName() {
        return originalName.substring(originalName.lastIndexOf('/') + 1);
    }
}
