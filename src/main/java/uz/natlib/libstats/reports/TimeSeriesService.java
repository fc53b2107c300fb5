package uz.natlib.libstats.reports;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.reports.workbook.FigureWorkbook;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Makes a time series on request: a territory's figures over a range of years (see
 * {@link TimeSeriesReport}), written to {@code <home>/reports/time-series/} as
 * {@code time-series_<territory>_<from>-<to>[_quarterly]_<script>.<ext>}. Unlike a period's reports it
 * is not catalogued in table {@code report}: it belongs to no one period (see NOTES-timeseries.md).
 */
@Service
public class TimeSeriesService {

    private static final Logger log = LoggerFactory.getLogger(TimeSeriesService.class);

    private final TimeSeriesRepository repository;
    private final TerritoryRepository territories;
    private final JasperRenderer jasper;
    private final ReportArchive archive;

    TimeSeriesService(TimeSeriesRepository repository, TerritoryRepository territories, JasperRenderer jasper,
                      ReportArchive archive) {
        this.repository = repository;
        this.territories = territories;
        this.jasper = jasper;
        this.archive = archive;
    }

    /**
     * What to make.
     *
     * @param chartCodes indicator codes of the last year's table to draw, each measure a chart
     */
    public record Request(String territoryCode, int from, int to, boolean quarterly, List<String> chartCodes,
                          Set<Script> scripts, Set<ReportFormat> formats) {
    }

    /**
     * Why a request cannot be made, told in both scripts and English: years out of order or too
     * many, no such territory, no table for the last year, chart codes that are no rows of it, or
     * more charts than fit.
     */
    public Optional<Message> problem(Request r) {
        if (r.from() > r.to()) {
            return Optional.of(Message.of("Йиллар тартиби нотўғри: " + r.from() + " йил " + r.to() + " йилдан кейин.",
                    "years out of order: " + r.from() + " comes after " + r.to() + "."));
        }
        if (r.to() - r.from() + 1 > TimeSeriesReport.MOST_YEARS) {
            return Optional.of(Message.of("Кўпи билан " + TimeSeriesReport.MOST_YEARS + " йил: " + r.from() + "–" + r.to()
                            + " оралиғида " + (r.to() - r.from() + 1) + " йил.",
                    "at most " + TimeSeriesReport.MOST_YEARS + " years; " + r.from() + "-" + r.to() + " has "
                            + (r.to() - r.from() + 1) + "."));
        }
        if (territories.find(r.territoryCode()).isEmpty()) {
            return Optional.of(Message.of("СОАТО рўйхатида " + r.territoryCode() + " ҳудуди йўқ.",
                    "no territory " + r.territoryCode() + " in the SOATO register."));
        }
        if (!repository.tableYears(r.to(), r.to()).contains(r.to())) {
            return Optional.of(Message.of(r.to() + " йил учун кўрсаткичлар жадвали юкланмаган (jobs/catalogue).",
                    "no indicator table for " + r.to() + " has been loaded (jobs/catalogue)."));
        }
        List<String> unknown = repository.unknownCodes(r.to(), r.chartCodes());
        if (!unknown.isEmpty()) {
            return Optional.of(Message.of(r.to() + " йил жадвалида бундай сонли кўрсаткич йўқ: " + String.join(", ", unknown)
                            + ".", "no quantitative row " + String.join(", ", unknown) + " in the table of " + r.to() + "."));
        }
        long charts = repository.lines(r.to()).stream().filter(l -> r.chartCodes().contains(l.code())).count();
        if (charts > TimeSeriesReport.MOST_CHARTS) {
            return Optional.of(Message.of("Кўпи билан " + TimeSeriesReport.MOST_CHARTS + " та диаграмма: танланган "
                            + "кўрсаткичларнинг " + charts + " та ўлчови бор.",
                    "at most " + TimeSeriesReport.MOST_CHARTS + " charts (one per indicator measure); the codes picked have "
                            + charts + " measures."));
        }
        return Optional.empty();
    }

    /** Reads the data once and writes every script and format asked for; returns the files written. */
    public List<Path> render(Request r) throws Exception {
        problem(r).ifPresent(m -> {
            throw new IllegalArgumentException(m.cyrl() + "\n" + m.latn() + "\n" + m.en());
        });
        long start = System.nanoTime();
        Territory place = territories.find(r.territoryCode()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(ReportContext.TASHKENT);
        TimeSeriesReport report = new TimeSeriesReport(new TimeSeriesReport.Data(place.code(), place.nameCyrl(),
                place.nameLatn(), r.from(), r.to(), r.quarterly(), repository.lines(r.to()),
                repository.figures(place.code(), r.from(), r.to(), r.quarterly()), repository.tableYears(r.from(), r.to()),
                repository.runs(r.from(), r.to()), r.chartCodes(), now));
        List<Path> files = new ArrayList<>();
        Path folder = archive.onRequest(TimeSeriesReport.CODE);
        for (Script script : EnumSet.copyOf(r.scripts())) {
            String name = TimeSeriesReport.CODE + "_" + place.code() + "_" + r.from() + "-" + r.to()
                    + (r.quarterly() ? "_quarterly" : "") + "_" + script.code();
            for (ReportFormat format : EnumSet.copyOf(r.formats())) {
                ReportArchive.Content content = switch (format) {
                    case PDF -> out -> jasper.pdf(report.jasper(script), out);
                    case XLSX -> out -> FigureWorkbook.write(List.of(report.table(script)), out);
                    case CSV -> out -> {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        report.csv(script, writer);
                        writer.flush();
                    };
                    case SDMX -> null;
                };
                if (content != null) {
                    files.add(archive.write(folder.resolve(name + "." + format.extension()), content).path());
                }
            }
        }
        log.info("Time series {} {}-{}: {} file(s) in {} ms", place.code(), r.from(), r.to(), files.size(),
                (System.nanoTime() - start) / 1_000_000);
        return files;
    }
}
