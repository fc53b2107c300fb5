package uz.natlib.libstats.tools.samples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.territory.TerritoryConverters;

/** {@code jobs/samples}: made-up but plausible returns and plans, for demonstrations, tests and benchmarks. */
@Component
public class SamplesCommand implements CommandHandler<SamplesCommand.Arguments> {

    @Command(name = "samples", description = """
            Write filled sample workbooks: an annual plan and four quarterly returns per district
            (--quarters: only those quarters' returns).

            Figures are invented but plausible and obey every rule (copies not fewer than titles,
            breakdowns that add up, stocks that grow slowly); some rows are zero, some left blank.
            The same seed gives the same figures. Files are written as
            DIR/<region code>-<region>/<district code>_<name>_<year>_plan.xlsx and ..._<year>_Q<q>.xlsx
            (with --flat, straight into DIR; with --script both, under DIR/cyrl/ and DIR/latn/).
            A year whose previous year has a table continues that year's figures (the same rows start
            from where the district left them).
            With --flawed, DIR/flawed/ also gets one file per known problem (bad district, period,
            numbers, breakdowns, formats, unreadable files) and EXPECTED.csv with the outcome each
            should have; those files are for Samarkand (1718) districts, never for the good set.
            """)
    public static final class Arguments {
        @Option(names = "--out", required = true, paramLabel = "DIR", converter = Converters.OutputFolder.class,
                description = "folder to write into, created inside an existing folder (required)")
        Path out;

        @Option(names = "--regions", paramLabel = "LIST", converter = TerritoryConverters.RegionList.class,
                description = "all, or region codes such as 1706 or 1706,1718 (default 1706)")
        String regions = "1706";

        @Option(names = "--years", paramLabel = "YEARS", converter = YearRange.class,
                description = "a year or a range, e.g. 2021 or 2021-2022 (default 2021)")
        String years = "2021";

        @Option(names = "--quarters", paramLabel = "LIST", converter = QuarterList.class,
                description = "the quarters whose returns are written, e.g. 1,2 (default 1,2,3,4); the plan is always written")
        List<Integer> quarters = List.of(1, 2, 3, 4);

        @Option(names = "--flat", description = "write the workbooks straight into DIR, without a folder per region")
        boolean flat;

        @Option(names = "--seed", paramLabel = "N", description = "random seed (default 42)")
        long seed = 42;

        @Option(names = "--flawed", description = "also write DIR/flawed/ with one file per flaw and EXPECTED.csv")
        boolean flawed;

        @Option(names = "--format", paramLabel = "xlsx|xls", description = "workbook format (default xlsx)")
        WorkbookFormat format = WorkbookFormat.XLSX;

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "script of labels and names: cyrl, latn or both (also written cyrl,latn; default cyrl)")
        Scripts scripts = Scripts.CYRL;

        @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
                description = "workbooks written in parallel (default: number of CPUs)")
        Integer threads;
    }

    /** "1,2": quarters 1-4, each once, in order. */
    static final class QuarterList implements ITypeConverter<List<Integer>> {
        @Override
        public List<Integer> convert(String value) {
            if (!value.matches("[1-4](,[1-4])*")) {
                throw new TypeConversionException("must be quarters 1-4 separated by commas, like 1,2, not '" + value + "'");
            }
            return java.util.Arrays.stream(value.split(",")).map(Integer::valueOf).distinct().sorted().toList();
        }
    }

    /** "2021" or "2021-2022"; whether each year has a catalogue is the warehouse's to say. */
    static final class YearRange implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("\\d{4}(-\\d{4})?")) {
                throw new TypeConversionException("must be a year or a range like 2021-2022, not '" + value + "'");
            }
            return value;
        }
    }

    private final CatalogueRepository catalogues;
    private final TerritoryRepository territories;

    SamplesCommand(CatalogueRepository catalogues, TerritoryRepository territories) {
        this.catalogues = catalogues;
        this.territories = territories;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        Path dir = arguments.out;
        long seed = arguments.seed;
        Map<Integer, Catalogue> byYear = catalogues(arguments.years);
        Districts districts = new Districts(territories.all());
        List<Territory> selected = select(districts, arguments.regions);
        int threads = arguments.threads != null ? arguments.threads : Runtime.getRuntime().availableProcessors();

        for (Script script : arguments.scripts.set().stream().sorted().toList()) {
            // Both scripts' workbooks have the same names: each script gets its own folder.
            Path into = arguments.scripts.both() ? dir.resolve(script.code()) : dir;
            // A year continues the figures of the year before when the warehouse has that year's table too.
            SampleSetWriter writer = new SampleSetWriter(byYear, catalogues::find, districts, seed, script,
                    arguments.format);
            long started = System.nanoTime();
            int files = write(writer, into, selected, byYear, arguments.quarters, !arguments.flat, threads, out);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("%d workbook(s) for %d district(s) x %d year(s) written under %s in %.1f s (%.0f files/s)%n",
                    files, selected.size(), byYear.size(), into, seconds, files / Math.max(seconds, 1e-9));
        }
        if (arguments.flawed) {
            Catalogue catalogue2021 = catalogues.find(2021).orElseThrow(() -> new UsageException(
                    "--flawed needs the 2021 catalogue"));
            List<FlawCase> cases = new FlawedSet(catalogue2021, districts, seed).write(dir.resolve("flawed"));
            cases.forEach(c -> out.println(dir.resolve("flawed").resolve(c.file())));
            System.err.printf("%d flawed file(s) and EXPECTED.csv written under %s%n", cases.size(), dir.resolve("flawed"));
        }
        return 0;
    }

    /** One task per district and year (five workbooks, written one after another); paths printed in order. */
    private static int write(SampleSetWriter writer, Path dir, List<Territory> districts, Map<Integer, Catalogue> byYear,
                             List<Integer> quarters, boolean regionFolders, int threads, PrintStream out)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Path>>> tasks = new ArrayList<>();
            for (Territory district : districts) {
                for (int year : byYear.keySet()) {
                    tasks.add(pool.submit(() -> writer.writeYear(dir, district, year, quarters, regionFolders)));
                }
            }
            int files = 0;
            for (Future<List<Path>> task : tasks) {
                for (Path file : task.get()) {
                    out.println(file);
                    files++;
                }
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Integer, Catalogue> catalogues(String years) {
        String[] range = years.split("-");
        int from = Integer.parseInt(range[0]);
        int to = Integer.parseInt(range[range.length - 1]);
        if (to < from) {
            throw new UsageException("--years " + years + " ends before it starts");
        }
        Map<Integer, Catalogue> byYear = new LinkedHashMap<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            byYear.put(year, catalogues.find(year).orElseThrow(() -> new UsageException(
                    "no catalogue for " + y + "; catalogues exist for " + catalogues.years())));
        }
        return byYear;
    }

    private static List<Territory> select(Districts districts, String regions) {
        List<Territory> chosen = "all".equals(regions) ? districts.regions()
                : java.util.Arrays.stream(regions.split(",")).map(code -> districts.find(code)
                        .filter(t -> t.level() == Territory.Level.REGION)
                        .orElseThrow(() -> new UsageException("no region " + code + "; see jobs/territory"))).toList();
        return chosen.stream().flatMap(r -> districts.districtsOf(r.code()).stream()).toList();
    }
}
