package uz.natlib.libstats.reports;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRParameter;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/**
 * What every report says about itself: which period and territory, in which script, when it
 * was made and which consolidation run it shows.
 *
 * @param quarter the quarter, or 4 for a report of the whole year
 */
public record ReportContext(ReportType type, int year, int quarter, String territoryCode, String territoryCyrl,
                            String territoryLatn, Script script, Optional<ConsolidatedFiguresRepository.Run> run,
                            OffsetDateTime generatedAt, Optional<DataAsOfRepository.DataAsOf> dataAsOf) {

    public static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** The period a report is filed under: 2021Q3 for a quarter's reports, 2021 for a year's. */
    public String periodCode() {
        return period().code();
    }

    public Period period() {
        return annual() ? Period.ofYear(year) : Period.ofQuarter(year, quarter);
    }

    public boolean annual() {
        return type == ReportType.NATION_YEAR || type == ReportType.DISTRICT_PROFILE;
    }

    public String territoryName() {
        return script.pick(territoryCyrl, territoryLatn);
    }

    String text(String key, Object... args) {
        return Texts.get(script, key, args);
    }

    /**
     * A report's subtitle, followed by the line that says which accepted files it reflects: how
     * many, and the newest (its name as the sender gave it, shown safely, its district and when it came).
     */
    String subtitle(String text) {
        return dataAsOf.map(d -> text + "\n" + text("dataAsOf", d.files(),
                uz.natlib.libstats.vocabulary.ShownText.shortened(fileName(d.newestName())),
                script.pick(d.districtCyrl(), d.districtLatn()), tashkent(d.newestReceivedAt()))).orElse(text);
    }

    /** A received file's name without the folders it was dropped in. */
    static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    static String tashkent(OffsetDateTime time) {
        return time == null ? "" : WHEN.format(time.atZoneSameInstant(TASHKENT));
    }

    /** Title, subtitle, footer and page label, plus locale and time zone for the fill. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", text("title." + type.code(), territoryName(), year, Texts.quarter(quarter)));
        p.put("LEGEND", text("legend"));
        String runText = run.map(r -> text("footer.run", r.id(), tashkent(r.finishedAt())))
                .orElseGet(() -> text("footer.noRun"));
        p.put("FOOTER", runText + "   ·   " + text("footer.generated", tashkent(generatedAt)));
        p.put("PAGE_LABEL", text("footer.page"));
        p.put(JRParameter.REPORT_LOCALE, Script.UZBEK);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(TASHKENT));
        return p;
    }
}
