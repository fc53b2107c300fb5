package uz.natlib.libstats.reports;

import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.Completeness;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.DistrictSubmission;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * Renders a tiny made-up report of every design, in every format, to nowhere, once the designs
 * are compiled. The first real report of a fresh process otherwise pays for loading the fonts,
 * the exporters and the chart library (about three seconds per thread, measured), which a
 * quarter's reports cannot afford. Off with {@code libstats.reports.warm-up=false}.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    ReportWarmUp(ReportDesigns designs, JasperRenderer renderer,
                 @Value("${libstats.reports.warm-up:true}") boolean enabled) {
        if (enabled) {
            designs.ready().thenRunAsync(() -> run(renderer), ReportDesigns::daemon);
        }
    }

    static void run(JasperRenderer renderer) {
        long start = System.nanoTime();
        try {
            List<ConsolidatedFigure> figures = figures();
            List<JasperInput> inputs = List.of(
                    QuarterReport.build(context(ReportType.REGION_QUARTER), figures),
                    AnnualReport.build(context(ReportType.NATION_YEAR), figures, figures),
                    DistrictProfileReport.build(context(ReportType.DISTRICT_PROFILE), "—", figures),
                    CompletenessReport.build(context(ReportType.COMPLETENESS),
                            List.of(new Completeness(1, "1700", "А", "A", LocalDate.of(2000, 4, 10), 3, 1, 1, 1, 1, 0)),
                            List.of(new DistrictSubmission("1700", "А", "A", "1700001", "Б", "B", SubmissionStatus.ACCEPTED.code(),
                                    OffsetDateTime.now(), 1, 0, 1))));
            for (JasperInput input : inputs) {
                renderer.pdf(input, OutputStream.nullOutputStream());
                renderer.xlsx(input, "warm-up", OutputStream.nullOutputStream());
            }
            FigureCsv.longForm(figures, Script.CYRL, Writer.nullWriter());
            FigureCsv.sdmx(figures, Writer.nullWriter());
            log.debug("Report engine warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            log.warn("Report warm-up failed (reports will still be made, only slower at first): {}", e.toString());
        }
    }

    private static ReportContext context(ReportType type) {
        return new ReportContext(type, 2000, 1, "1700", "Ўзбекистон", "Oʻzbekiston", Script.CYRL, Optional.empty(),
                OffsetDateTime.now(ReportContext.TASHKENT), Optional.empty());
    }

    /** A made-up territory with two children and two indicators, one with a part. */
    private static List<ConsolidatedFigure> figures() {
        List<ConsolidatedFigure> figures = new ArrayList<>();
        String[][] lines = {{"1", "5.1", "", "visits"}, {"2", "5.4", "", "events"}, {"3", "5.4.01", "5.4", "events"}};
        for (String[] line : lines) {
            for (int tier = 0; tier <= 1; tier++) {
                for (int q = 1; q <= 4; q++) {
                    for (String span : List.of("quarter", "ytd")) {
                        BigDecimal value = BigDecimal.valueOf(1234L * q + tier);
                        figures.add(new ConsolidatedFigure(tier == 0 ? "1700" : "170000" + tier, "Ҳудуд", "Hudud", tier == 0 ? "region" : "district", tier, 2000, q, span,
                                Integer.parseInt(line[0]), line[1], line[1], "V", "Хизмат", "Xizmat", "Кўрсаткич қатнови",
                                "Koʻrsatkich", line[2].isEmpty() ? null : line[2], line[2].isEmpty() ? 0 : 1, line[3],
                                "сон", "son", false, q == 3 ? null : value, 1, 2, BigDecimal.valueOf(9000), value,
                                1, value, BigDecimal.valueOf(9000), 1, span.equals("ytd") ? 1 : 0, tier == 1));
                    }
                }
            }
        }
        return figures;
    }
}
