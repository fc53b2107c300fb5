package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Completeness of 2021 Q4 for {@code sample-input/} (Bukhara's good files, the flawed set whose
 * rejected returns are Samarkand's), against counts this test works out itself from the
 * {@code submission} rows and the SOATO register, never through the completeness query: each
 * district is accepted, only rejected (files came, every one rejected) or nothing received (no
 * file at all), and the table, the CSV, the workbook and the PDF show the same numbers, which add
 * up to the districts expected.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletenessOfSamplesTest {

    private static final String SAMARKAND = "1718";
    private static final String PERIOD = "2021Q4";
    /** Quarter IV ends on 31 December; a return is on time within 10 days after (the default). */
    private static final LocalDate DUE = LocalDate.of(2021, 12, 31).plusDays(10);

    @Autowired
    IngestRuns ingest;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    /** The test's own counts: territory → expected, accepted, only rejected, nothing received, on time, late. */
    private final Map<String, int[]> counted = new TreeMap<>();
    private final Map<String, String> standing = new HashMap<>();
    private List<ReportFile> files;

    private record File(String district, String status, OffsetDateTime receivedAt) {
    }

    @BeforeAll
    void ingestTheSampleInputConsolidateAndRenderQuarterFour() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        ingest.copyIntoInbox(Path.of("sample-input"));
        ingest.runOnce();
        consolidation.consolidate(2021);
        // The completeness report is the nation's, Samarkand's districts in it; Samarkand itself has no accepted
        // Q4 return, so a report for that region alone is refused (nothing to report).
        files = reports.renderPeriod(2021, 4, List.of(), EnumSet.allOf(Script.class),
                EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV)).stream()
                .filter(f -> f.type() == ReportType.COMPLETENESS).toList();

        Map<String, List<File>> byDistrict = new HashMap<>();
        jdbc.sql("select district_code, status, received_at from submission "
                        + "where kind = 'return' and period_code = ? and district_code is not null")
                .param(PERIOD)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list().forEach(f -> byDistrict.computeIfAbsent(f.district(), k -> new ArrayList<>()).add(f));
        List<Territory> register = SoatoRegistry.load();
        Map<String, String> regionOf = new HashMap<>();
        register.stream().filter(t -> t.level() == Territory.Level.DISTRICT).forEach(t -> regionOf.put(t.code(), t.parentCode()));
        for (Map.Entry<String, String> district : regionOf.entrySet()) {
            List<File> sent = byDistrict.getOrDefault(district.getKey(), List.of());
            // a duplicate is the same bytes once more: it says nothing about the district
            List<File> real = sent.stream().filter(f -> !f.status().equals("duplicate")).toList();
            File accepted = real.stream().filter(f -> f.status().equals("accepted")).findFirst().orElse(null);
            int column;
            if (accepted != null) {
                column = 1;
            } else if (!real.isEmpty() && real.stream().allMatch(f -> f.status().equals("rejected"))) {
                column = 2;
            } else if (sent.isEmpty()) {
                column = 3;
            } else {
                throw new AssertionError("district " + district.getKey() + " fits no class: " + sent);
            }
            standing.put(district.getKey(), List.of("", "accepted", "only_rejected", "nothing_received").get(column));
            for (String territory : List.of(district.getValue(), Territory.NATION)) {
                int[] c = counted.computeIfAbsent(territory, k -> new int[6]);
                c[0]++;
                c[column]++;
                if (accepted != null) {
                    LocalDate day = accepted.receivedAt().atZoneSameInstant(ZoneId.of("Asia/Tashkent")).toLocalDate();
                    c[day.isAfter(DUE) ? 5 : 4]++;
                }
            }
        }
    }

    @Test
    void givenTheSampleInput_whenCounted_thenSamarkandHasOnlyRejectedAndNothingReceivedDistricts() {
        int[] samarkand = counted.get(SAMARKAND);
        // the case of the issue: files came from some districts, all rejected, none from the others
        assertThat(samarkand[2]).as("only rejected").isPositive();
        assertThat(samarkand[3]).as("nothing received").isPositive();
        assertThat(samarkand[0]).isEqualTo(samarkand[1] + samarkand[2] + samarkand[3]);
        assertThat(counted.get("1706")[1]).as("Bukhara accepted").isPositive();
    }

    @Test
    void givenTheSampleInput_whenConsolidated_thenEveryTerritoryRowEqualsTheIndependentCounts() {
        Map<String, int[]> stored = new TreeMap<>();
        jdbc.sql("""
                        select territory_code, expected, accepted, only_rejected, nothing_received, on_time, late
                        from completeness where year = 2021 and quarter = 4""")
                .query(rs -> {
                    stored.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7)});
                });
        assertThat(stored.keySet()).isEqualTo(counted.keySet());
        counted.forEach((territory, c) -> assertThat(stored.get(territory)).as(territory).containsExactly(c));
    }

    @Test
    void givenTheCsv_whenRead_thenCountsAddUpAndEachDistrictHasItsStanding() throws IOException {
        for (Script script : Script.values()) {
            List<CSVRecord> rows = ReportServiceTest.csv(file(script, ReportFormat.CSV));
            assertThat(rows.get(0).getParser().getHeaderNames()).containsSubsequence("expected", "accepted",
                    "only_rejected", "nothing_received", "on_time", "late");
            for (CSVRecord r : rows) {
                if (r.get("level").equals("district")) {
                    assertThat(r.get("status")).as(r.get("territory_code")).isEqualTo(standing.get(r.get("territory_code")));
                    continue;
                }
                int[] c = counted.get(r.get("territory_code"));
                int[] got = {i(r, "expected"), i(r, "accepted"), i(r, "only_rejected"), i(r, "nothing_received"),
                        i(r, "on_time"), i(r, "late")};
                assertThat(got).as(r.get("territory_code")).containsExactly(c);
                assertThat(got[0]).isEqualTo(got[1] + got[2] + got[3]);
                assertThat(got[1]).isEqualTo(got[4] + got[5]);
            }
            assertThat(rows.stream().filter(r -> r.get("level").equals("district"))).hasSize(standing.size());
        }
    }

    @Test
    void givenTheWorkbook_whenOpened_thenSamarkandsRowHoldsTheIndependentCountsAsNumbers() throws IOException {
        int[] c = counted.get(SAMARKAND);
        for (Script script : Script.values()) {
            try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file(script, ReportFormat.XLSX)))) {
                List<String> texts = new ArrayList<>();
                List<Double> samarkand = null;
                for (Row row : workbook.getSheetAt(0)) {
                    List<Double> numbers = new ArrayList<>();
                    boolean isSamarkand = false;
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                            isSamarkand |= cell.getStringCellValue().equals(script.pick("Самарқанд вилояти",
                                    "Samarqand viloyati"));
                        }
                    }
                    if (isSamarkand && samarkand == null) {
                        samarkand = numbers;
                    }
                }
                assertThat(samarkand).as(script + " Samarkand row").containsExactly(
                        (double) c[0], (double) c[1], (double) c[2], (double) c[3], (double) c[4], (double) c[5]);
                assertThat(texts).contains(script.text("Фақат рад этилган файллар келган"),
                        script.text("Бирорта ҳам файл келмаган"), "1 = 2 + 3 + 4", "2 = 5 + 6");
            }
        }
    }

    @Test
    void givenThePdf_whenRead_thenTheColumnsAreNamedForWhatTheyCountAndSamarkandsFiguresAreThere() throws IOException {
        int[] c = counted.get(SAMARKAND);
        for (Script script : Script.values()) {
            try (PDDocument pdf = Loader.loadPDF(file(script, ReportFormat.PDF).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                String flat = text.replaceAll("\\s+", " ");
                assertThat(flat).contains(script.text("Фақат рад этилган файллар келган"),
                        script.text("Бирорта ҳам файл келмаган"), "1 = 2 + 3 + 4", "2 = 5 + 6");
                assertThat(flat).contains(script.pick("Самарқанд вилояти", "Samarqand viloyati") + " "
                        + c[0] + " " + c[1] + " " + c[2] + " " + c[3] + " " + c[4] + " " + c[5]);
            }
        }
    }

    private Path file(Script script, ReportFormat format) {
        return files.stream().filter(f -> f.script() == script && f.format() == format).findFirst()
                .orElseThrow(() -> new AssertionError("no completeness " + script + " " + format + " in " + files))
                .path();
    }

    private static int i(CSVRecord r, String column) {
        return Integer.parseInt(r.get(column));
    }
}
