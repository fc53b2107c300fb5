package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.tools.samples.SampleFigures;
import uz.natlib.libstats.tools.samples.SampleGenerator;

/**
 * A year's table imported from the command line into a fresh warehouse, then two years of
 * Bukhara's returns from the samples tool through the whole pipeline. The expected figures are
 * computed here from the sample generator and the two table files, never read from the reports:
 * 2022's previous-year column must equal 2021's figures through every kind of link, a figure with
 * no link must say "new", and the time series must show the same figures.
 */
class CatalogueYearsEndToEndTest {

    private static final Path TABLE_2022 = Path.of("src/main/resources/catalogue/2022.csv");
    private static final String BUKHARA = "1706";
    private static final long SEED = 42;

    private static Path home;
    private static Path work;
    private static Map<String, CommandLineRun> runs = new HashMap<>();

    /** The application on a data folder of its own, so its embedded warehouse starts empty; no table shipped is imported. */
    private static Supplier<ConfigurableApplicationContext> fresh() {
        return () -> new SpringApplicationBuilder(LibstatsApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off", OneShotAutoConfigurations.PROPERTY, "true"))
                .run("--libstats.home=" + home.toAbsolutePath(), "--libstats.database.embedded.ephemeral=false",
                        "--libstats.catalogue.import-shipped=false");
    }

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(fresh(), args);
    }

    @BeforeAll
    static void importLoadAndReport() throws IOException {
        work = Files.createDirectories(Path.of("target", "catalogue-years-" + System.nanoTime()));
        home = Files.createDirectories(work.resolve("home"));
        runs.put("list before", run("catalogue", "list"));
        runs.put("import", run("catalogue", "import", "--year", "2022", TABLE_2022.toString()));
        runs.put("export", run("catalogue", "export", "--year", "2022", "--out", work.resolve("exported.csv").toString()));
        runs.put("import exported", run("catalogue", "import", "--year", "2022", work.resolve("exported.csv").toString()));
        runs.put("templates", run("templates", "--year", "2022", "--district", "1706246", "--out",
                Files.createDirectories(work.resolve("templates")).toString()));
        runs.put("samples", run("samples", "--out", work.resolve("in").toString(), "--regions", BUKHARA,
                "--years", "2021-2022"));
        settle(work.resolve("in"));
        runs.put("run", run("run", work.resolve("in").toString(), "--script", "latn", "--format", "csv"));
        runs.put("import after returns", run("catalogue", "import", "--year", "2022", TABLE_2022.toString()));
        runs.put("time series", run("time-series", "--territory", BUKHARA, "--from", "2021", "--to", "2022",
                "--script", "latn", "--format", "csv"));
    }

    /** Files written a moment ago are left in the inbox until they settle: these were sent an hour ago. */
    private static void settle(Path folder) throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    private static int dataRows(Path table) throws IOException {
        try (Stream<String> lines = Files.lines(table)) {
            return (int) lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
        }
    }

    @Test
    void theTableIsImportedFromTheCommandLineIntoAWarehouseThatHadOnly2021s() throws IOException {
        assertThat(runs.get("list before").status()).isZero();
        assertThat(runs.get("list before").stdout()).contains("\n2021\t").doesNotContain("\n2022\t");
        assertThat(runs.get("import").status()).as(runs.get("import").stdout()).isZero();
        assertThat(runs.get("import").stdout()).contains("imported the 2022 table: " + dataRows(TABLE_2022) + " rows");
        // exported and imported again while no 2022 return is in: replaced, row for row the same
        assertThat(runs.get("import exported").stdout()).contains("replaced the 2022 table");
        assertThat(dataRows(work.resolve("exported.csv"))).isEqualTo(dataRows(TABLE_2022));
    }

    @Test
    void theTemplatesOf2022AreWrittenFromTheImportedTable() throws IOException {
        assertThat(runs.get("templates").status()).as(runs.get("templates").stderr()).isZero();
        try (Stream<Path> files = Files.walk(work.resolve("templates"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(5).allSatisfy(name -> assertThat(name).startsWith("1706246_").contains("_2022_"));
        }
    }

    @Test
    void onceReturnsAreAcceptedTheTableIsRefused() {
        CommandLineRun refused = runs.get("import after returns");
        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.stdout()).contains("refused: the 2022 table was not stored", "cannot be replaced",
                "returns and plans were accepted against it");
    }

    @Test
    void everySampleIsAccepted() {
        CommandLineRun run = runs.get("run");
        assertThat(run.status()).as(run.stdout() + run.stderr()).isZero();
        // 13 units × (plan + 4 quarters) × 2 years
        assertThat(run.stdout()).contains("130 file(s): 130 accepted, 0 rejected");
    }

    /** Bukhara's year-end figure of each row and measure of a year, added up from the generator's districts. */
    private static Map<ValueKey, BigDecimal> regionYear(Catalogue catalogue, SampleGenerator generator) {
        Map<String, Indicator> rows = new HashMap<>();
        catalogue.indicators().forEach(i -> rows.put(i.code(), i));
        Map<ValueKey, BigDecimal> year = new HashMap<>();
        for (Territory district : SoatoRegistry.load()) {
            if (district.level() != Territory.Level.DISTRICT || !district.parentCode().equals(BUKHARA)) {
                continue;
            }
            SampleFigures figures = generator.generate(district, catalogue.year());
            Map<ValueKey, BigDecimal> ofDistrict = new HashMap<>();
            for (int q = 1; q <= 4; q++) {
                figures.quarter(q).forEach((key, value) -> {
                    if (value == null) {
                        return;
                    }
                    boolean stock = rows.get(key.indicatorCode()).aggregation() == Indicator.Aggregation.STOCK;
                    // a stock's year is its latest reported quarter; a flow's the sum of its quarters
                    ofDistrict.merge(key, value, stock ? (earlier, later) -> later : BigDecimal::add);
                });
            }
            ofDistrict.forEach((key, value) -> year.merge(key, value, BigDecimal::add));
        }
        return year;
    }

    /** The rows of last year a row continues, as its previous_code says. */
    private static List<String> linkedRows(Indicator row, Set<String> lastYearCodes) {
        String previous = row.previousCode();
        if (previous == null) {
            return lastYearCodes.contains(row.code()) ? List.of(row.code()) : List.of();
        }
        return previous.equals("-") ? List.of() : List.of(previous.split("\\|"));
    }

    private record Expected(Map<ValueKey, BigDecimal> previous, Set<ValueKey> fresh, Map<ValueKey, BigDecimal> current,
                            Map<ValueKey, String> kind) {
    }

    private static Expected expected() {
        Catalogue y2021 = CatalogueFiles.read(2021);
        Catalogue y2022 = CatalogueFiles.read(2022);
        java.util.function.IntFunction<Optional<Catalogue>> tables = y -> y == 2021 ? Optional.of(y2021)
                : y == 2022 ? Optional.of(y2022) : Optional.empty();
        Map<ValueKey, BigDecimal> year2021 = regionYear(y2021, SampleGenerator.chain(tables, 2021, SEED));
        Map<ValueKey, BigDecimal> year2022 = regionYear(y2022, SampleGenerator.chain(tables, 2022, SEED));
        Map<String, Indicator> lastYear = new HashMap<>();
        y2021.indicators().forEach(i -> lastYear.put(i.code(), i));
        Map<String, Integer> sharing = new HashMap<>();
        for (Indicator row : y2022.indicators()) {
            linkedRows(row, lastYear.keySet()).forEach(c -> sharing.merge(c, 1, Integer::sum));
        }
        Map<ValueKey, BigDecimal> previous = new HashMap<>();
        Set<ValueKey> fresh = new HashSet<>();
        Map<ValueKey, String> kind = new HashMap<>();
        for (Indicator row : y2022.indicators()) {
            List<String> linked = linkedRows(row, lastYear.keySet());
            for (String measure : row.measures()) {
                ValueKey key = new ValueKey(row.code(), measure);
                List<String> withMeasure = linked.stream().filter(c -> lastYear.get(c).measures().contains(measure)).toList();
                if (withMeasure.isEmpty()) {
                    fresh.add(key);
                    kind.put(key, "new");
                    continue;
                }
                kind.put(key, linked.size() > 1 ? "merged" : sharing.get(linked.get(0)) > 1 ? "split"
                        : linked.get(0).equals(row.code()) ? "same" : "renumbered");
                BigDecimal sum = null;
                for (String c : withMeasure) {
                    BigDecimal v = year2021.get(new ValueKey(c, measure));
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                    }
                }
                if (sum != null) {
                    previous.put(key, sum);
                }
            }
        }
        return new Expected(previous, fresh, year2022, kind);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    @Test
    void the2022PreviousYearColumnEquals2021sFiguresThroughEveryKindOfLink() throws IOException {
        Expected expected = expected();
        Path report = home.resolve("reports/2022/2022Q4/region-quarter_" + BUKHARA + "_latn.csv");
        List<CSVRecord> rows = csv(report).stream()
                .filter(r -> r.get("territory_code").equals(BUKHARA) && r.get("span").equals("year-to-date")).toList();
        assertThat(rows).hasSize(expected.kind().size());
        Set<String> kindsSeen = new HashSet<>();
        for (CSVRecord r : rows) {
            ValueKey key = new ValueKey(r.get("indicator_code"), r.get("measure"));
            String where = key + " " + r.get("previous_link");
            assertThat(r.get("previous_link")).as(where).isEqualTo(expected.kind().get(key));
            kindsSeen.add(r.get("previous_link"));
            BigDecimal shown = number(r.get("previous_value"));
            BigDecimal want = expected.previous().get(key);
            if (want == null) {
                assertThat(shown).as(where).isNull();
            } else {
                assertThat(shown).as(where).isEqualByComparingTo(want);
            }
            BigDecimal value = number(r.get("value"));
            BigDecimal current = expected.current().get(key);
            assertThat(value == null ? null : value.stripTrailingZeros())
                    .as(where).isEqualTo(current == null ? null : current.stripTrailingZeros());
        }
        assertThat(kindsSeen).contains("same", "renumbered", "merged", "split", "new");
        assertThat(expected.fresh()).extracting(ValueKey::indicatorCode).contains("5.20", "CLB.2");
    }

    @Test
    void theTimeSeriesShowsTheSameFiguresAndSaysWhatIsNew() throws IOException {
        assertThat(runs.get("time series").status()).as(runs.get("time series").stderr()).isZero();
        Expected expected = expected();
        Path file = home.resolve("reports/time-series/time-series_" + BUKHARA + "_2021-2022_latn.csv");
        List<CSVRecord> rows = csv(file);
        int checked2021 = 0;
        int fresh = 0;
        for (CSVRecord r : rows) {
            ValueKey key = new ValueKey(r.get("indicator_code"), r.get("measure"));
            String year = r.get("year");
            String where = key + " " + year;
            if (year.equals("2022")) {
                BigDecimal current = expected.current().get(key);
                BigDecimal value = number(r.get("value"));
                assertThat(value == null ? null : value.stripTrailingZeros()).as(where)
                        .isEqualTo(current == null ? null : current.stripTrailingZeros());
            } else if (expected.fresh().contains(key)) {
                assertThat(r.get("lineage")).as(where).isEqualTo("new");
                assertThat(r.get("note_en")).as(where).contains("new in 2022");
                assertThat(r.get("value")).as(where).isEmpty();
                fresh++;
            } else {
                BigDecimal want = expected.previous().get(key);
                BigDecimal value = number(r.get("value"));
                if (want == null) {
                    assertThat(value).as(where).isNull();
                } else {
                    assertThat(value).as(where).isEqualByComparingTo(want);
                }
                checked2021++;
            }
        }
        assertThat(checked2021).isGreaterThan(200);
        assertThat(fresh).isEqualTo(expected.fresh().size());
    }
}
