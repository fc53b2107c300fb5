package uz.natlib.libstats.reports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CheckedArguments;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.territory.TerritoryConverters;

/**
 * {@code jobs/time-series --territory CODE --from Y --to Y [--quarterly] [--chart CODES] [--script S] [--format F]}.
 */
@Component
public class TimeSeriesCommand implements CommandHandler<TimeSeriesCommand.Arguments> {

    @Command(name = "time-series", description = """
            Render a territory's indicators year by year as PDF, XLSX and CSV.

            For a district, a region or the nation (SOATO code) and a range of at most 10 years: each
            indicator's figure in every year (the year to date at quarter IV; a year not finished yet,
            to its latest consolidated quarter, headed "to Q"), with --quarterly each quarter's too.
            The rows are those of the last year's table; an earlier year's figure follows the links
            between the years' tables: a renumbered row its old number's figure, a merged row the sum
            of the rows merged, a split row the whole figure of the row it was split from (marked),
            a row new since then "new in YEAR"; before the first year with a table, nothing. --chart
            draws a line chart per measure of each indicator named (at most 8), in the PDF.
            Only consolidated years have figures (jobs/consolidate). Files go to
            $LIBSTATS_HOME/reports/time-series/time-series_<territory>_<from>-<to>[_quarterly]_<script>.<ext>,
            replacing a file of the same name; they are not listed in table report. Prints each file written.
            """)
    public static final class Arguments implements CheckedArguments {
        @Option(names = "--territory", required = true, paramLabel = "CODE", converter = TerritoryConverters.Any.class,
                description = "SOATO code: 17 (the nation), a region (e.g. 1706) or a district (e.g. 1706246) (required)")
        String territory;

        @Option(names = "--from", required = true, paramLabel = "YEAR", converter = Converters.Year.class,
                description = "first year, e.g. 2021 (required)")
        int from;

        @Option(names = "--to", required = true, paramLabel = "YEAR", converter = Converters.Year.class,
                description = "last year, whose table gives the rows; at most 10 years from --from (required)")
        int to;

        @Option(names = "--quarterly", description = "each quarter's figure too, under the year's")
        boolean quarterly;

        @Option(names = "--chart", paramLabel = "CODES", split = ",",
                description = "indicator codes of the last year's table to chart, e.g. 5.1,5.3 (a chart per measure, at most 8)")
        List<String> chart = new ArrayList<>();

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "script of titles and labels: cyrl, latn or both (also written cyrl,latn; default cyrl)")
        Scripts scripts = Scripts.CYRL;

        @Option(names = "--format", paramLabel = "LIST", converter = Formats.Converter.class,
                description = "comma-separated: pdf, xlsx, csv (default pdf,xlsx,csv; csv is the long CSV only)")
        Formats formats = Formats.ALL;

        @Override
        public Optional<String> problem() {
            if (from > to) {
                return Optional.of("--from " + from + " comes after --to " + to);
            }
            if (to - from + 1 > TimeSeriesReport.MOST_YEARS) {
                return Optional.of("at most " + TimeSeriesReport.MOST_YEARS + " years, not " + (to - from + 1)
                        + " (" + from + "-" + to + ")");
            }
            long codes = chart.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().count();
            if (codes > TimeSeriesReport.MOST_CHARTS) {
                return Optional.of("--chart: at most " + TimeSeriesReport.MOST_CHARTS + " charts, not " + codes + " codes");
            }
            return Optional.empty();
        }
    }

    private final TimeSeriesService service;

    TimeSeriesCommand(TimeSeriesService service) {
        this.service = service;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        TimeSeriesService.Request request = request(arguments);
        service.problem(request).ifPresent(problem -> {
            throw new UsageException(problem);
        });
        List<Path> files = service.render(request);
        files.forEach(out::println);
        System.err.printf("%d file(s) written%n", files.size());
        return 0;
    }

    static TimeSeriesService.Request request(Arguments a) {
        List<String> codes = a.chart.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        return new TimeSeriesService.Request(a.territory, a.from, a.to, a.quarterly, codes, a.scripts.set(),
                a.formats.set());
    }
}
