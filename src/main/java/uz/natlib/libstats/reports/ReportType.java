package uz.natlib.libstats.reports;

import java.util.Arrays;

/** The kinds of report, by the code used in file names and in table {@code report}. */
public enum ReportType {
    REGION_QUARTER("region-quarter"),
    NATION_QUARTER("nation-quarter"),
    NATION_YEAR("nation-year"),
    COMPLETENESS("completeness"),
    DISTRICT_PROFILE("district-profile");

    private final String code;

    ReportType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReportType of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report type " + code));
    }
}
