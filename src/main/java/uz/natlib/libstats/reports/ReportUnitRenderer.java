package uz.natlib.libstats.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.reports.workbook.FigureTable;
import uz.natlib.libstats.reports.workbook.FigureWorkbook;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Renders one {@link ReportUnit} in every script and format asked for. Its data is read once
 * (one query, two for the annual report's charts) and shared by every file made from it.
 */
@Component
class ReportUnitRenderer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportUnitRenderer.class);

    private final ConsolidatedFiguresRepository figures;
    private final TerritoryRepository territories;
    private final JasperRenderer jasper;
    private final ReportArchive archive;
    private final DataAsOfRepository dataAsOf;
    private final QualitativeAnswersRepository qualitative;

    ReportUnitRenderer(ConsolidatedFiguresRepository figures, TerritoryRepository territories, JasperRenderer jasper,
                       ReportArchive archive, DataAsOfRepository dataAsOf, QualitativeAnswersRepository qualitative) {
        this.dataAsOf = dataAsOf;
        this.figures = figures;
        this.territories = territories;
        this.jasper = jasper;
        this.archive = archive;
        this.qualitative = qualitative;
    }

    /** What a unit's files are made of, once its data is read. */
    /** @param table the flat table of a figures report's workbook; null where the workbook is Jasper's */
    private record Source(Function<ReportContext, JasperInput> jasper, CsvWriter csv, CsvWriter sdmx,
                          Function<ReportContext, List<FigureTable>> table) {
    }

    @FunctionalInterface
    private interface CsvWriter {
        void write(ReportContext context, Appendable out) throws IOException;
    }

    List<ReportFile> render(ReportUnit unit, Optional<ConsolidatedFiguresRepository.Run> run, Set<Script> scripts,
                            Set<ReportFormat> formats) throws Exception {
        long start = System.nanoTime();
        Source source = load(unit);
        long loaded = System.nanoTime();
        List<ReportFile> files = new ArrayList<>();
        Territory place = unit.place();
        Optional<DataAsOfRepository.DataAsOf> asOf = run.flatMap(r -> dataAsOf.of(r.id(), unit.year(), unit.quarter(),
                place.code()));
        for (Script script : scripts) {
            ReportContext context = new ReportContext(unit.type(), unit.year(), unit.quarter(), place.code(),
                    place.nameCyrl(), place.nameLatn(), script, run, OffsetDateTime.now(ReportContext.TASHKENT), asOf);
            JasperInput input = formats.contains(ReportFormat.PDF)
                    || formats.contains(ReportFormat.XLSX) && source.table() == null ? source.jasper().apply(context) : null;
            for (ReportFormat format : formats) {
                ReportArchive.Content content = switch (format) {
                    case PDF -> out -> jasper.pdf(input, out);
                    case XLSX -> source.table() != null
                            ? out -> FigureWorkbook.write(source.table().apply(context), out)
                            : out -> jasper.xlsx(input, unit.type().code() + " " + place.code(), out);
                    case CSV -> out -> text(out, w -> source.csv().write(context, w));
                    case SDMX -> source.sdmx() == null ? null : out -> text(out, w -> source.sdmx().write(context, w));
                };
                if (content != null) {
                    files.add(archive.store(context, format, content));
                }
            }
        }
        log.debug("{} {}: data {} ms, {} file(s) {} ms", unit.type().code(), place.code(), (loaded - start) / 1_000_000,
                files.size(), (System.nanoTime() - loaded) / 1_000_000);
        return files;
    }

    private Source load(ReportUnit unit) {
        int year = unit.year();
        String code = unit.place().code();
        return switch (unit.type()) {
            case REGION_QUARTER, NATION_QUARTER -> {
                List<ConsolidatedFigure> rows = figures.figures(year, List.of(unit.quarter()), List.of("quarter", "ytd"), code, true);
                QualitativeSection status = qualitative(year, List.of(unit.quarter()), code);
                yield figureSource(c -> status.into(QuarterReport.build(c, rows), c), rows, status,
                        c -> FigureTables.quarter(c, rows));
            }
            case NATION_YEAR -> {
                List<ConsolidatedFigure> rows = figures.figures(year, List.of(4), List.of("ytd"), code, true);
                List<String> trendCodes = AnnualReport.TREND.stream().map(t -> t[0]).toList();
                // the year before too, for the charts' other line: its own reporting counts are needed for its means
                List<ConsolidatedFigure> trend = java.util.stream.Stream.of(year, year - 1)
                        .flatMap(y -> figures.figures(y, List.of(1, 2, 3, 4), List.of("quarter"), code, false).stream())
                        .filter(f -> trendCodes.contains(f.indicatorCode())).toList();
                QualitativeSection status = qualitative(year, List.of(1, 2, 3, 4), code);
                yield figureSource(c -> status.into(AnnualReport.build(c, rows, trend), c), rows, status,
                        c -> FigureTables.year(c, rows));
            }
            case DISTRICT_PROFILE -> {
                List<ConsolidatedFigure> rows = figures.districtYear(year, code);
                Territory region = territories.find(unit.place().parentCode()).orElseThrow();
                QualitativeSection status = qualitative(year, List.of(1, 2, 3, 4), code);
                yield figureSource(c -> status.into(DistrictProfileReport.build(c,
                        c.script().pick(region.nameCyrl(), region.nameLatn()), rows), c), rows, status,
                        c -> FigureTables.district(c, rows));
            }
            case COMPLETENESS -> {
                var counts = figures.completeness(year, unit.quarter());
                var districts = figures.submissions(year, unit.quarter(), null);
                yield new Source(c -> CompletenessReport.build(c, counts, districts),
                        (c, out) -> CompletenessCsv.write(c.periodCode(), counts, districts, c.script(), out), null, null);
            }
        };
    }

    private QualitativeSection qualitative(int year, List<Integer> quarters, String territoryCode) {
        return new QualitativeSection(qualitative.rows(year), qualitative.districts(territoryCode),
                qualitative.answers(year, quarters, territoryCode));
    }

    /**
     * The long CSV has the figures, then the qualitative rows' counts; SDMX the figures only; the
     * workbook the figures' table, then the qualitative rows' on a sheet of their own.
     */
    private static Source figureSource(Function<ReportContext, JasperInput> jasper, List<ConsolidatedFigure> rows,
                                       QualitativeSection status,
                                       Function<ReportContext, FigureTable> table) {
        return new Source(jasper, (c, out) -> {
            FigureCsv.longForm(rows, c.script(), out);
            status.csv(c, out);
        }, (c, out) -> FigureCsv.sdmx(rows, out), c -> status.rows().isEmpty() ? List.of(table.apply(c))
                : List.of(table.apply(c), FigureTables.qualitative(c, status.table(c))));
    }

    @FunctionalInterface
    private interface TextBody {
        void write(Writer writer) throws IOException;
    }

    private static void text(OutputStream out, TextBody body) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        body.write(writer);
        writer.flush();
    }
}
