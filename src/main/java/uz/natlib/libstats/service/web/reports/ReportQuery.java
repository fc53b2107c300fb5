package uz.natlib.libstats.service.web.reports;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportType;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Which report files to list; {@code null} means any. {@code region} is who asks, not a filter
 * chosen: a regional user's region (the nation's reports and its own), {@code null} for national roles.
 */
public record ReportQuery(Integer year, Period period, String territory, ReportType type, Script script,
                          ReportFormat format, String region) {

    /** Parses the filters as typed; throws {@link InvalidParameter} naming the first that is wrong. */
    public static ReportQuery parse(String year, String period, String territory, String type, String script,
                                    String format, String region) {
        return new ReportQuery(ReportParameters.year(year), ReportParameters.period(period),
                ReportParameters.territory(territory), ReportParameters.type(type), ReportParameters.script(script),
                ReportParameters.format(format), region);
    }
}
