package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.reports.ReportFixture.REGION;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The № column prints every row number whole: read back from the PDF of every report type that
 * numbers its rows, in both scripts, the row numbers are exactly the catalogue's seed numbers of
 * the lines the report shows (indicators with measures). A column too narrow for "10.10" prints
 * "10.1", which is another row's number.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRowNumbersTest {

    /** A row number as printed: digits, a point, digits, standing alone (not part of a date or a longer number). */
    private static final Pattern ROW_NUMBER = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}(?![\\d.])");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    List<ReportFile> pdfs;

    @BeforeAll
    void render() throws Exception {
        ReportFixture.load(jdbc);
        consolidation.consolidate(2021);
        Set<Script> scripts = EnumSet.allOf(Script.class);
        pdfs = Stream.concat(
                reports.renderPeriod(2021, 2, List.of(REGION), scripts, EnumSet.of(ReportFormat.PDF)).stream(),
                reports.renderPeriod(2021, null, List.of(REGION), scripts, EnumSet.of(ReportFormat.PDF)).stream()).toList();
    }

    @AfterAll
    void clear() {
        ReportFixture.clear(jdbc);
    }

    /**
     * The seed numbers of the catalogue rows a figures report shows: numbered indicators with
     * measures, and the qualitative rows (done / not done), which every such report lists too.
     */
    static Set<String> shownSeedNumbers() {
        return CatalogueFiles.read(2021).indicators().stream()
                .filter(i -> i.seedNumber() != null && (!i.measures().isEmpty() || i.qualitative()))
                .map(i -> i.seedNumber()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void givenEveryNumberedReportType_whenItsPdfIsRead_thenEverySeedNumberPrintsWhole() throws IOException {
        Set<String> expected = shownSeedNumbers();
        // 10.1 is a qualitative row, shown too: a "10.10" cut to "10.1" is caught as 10.10 missing
        assertThat(expected).contains("1.1", "4.2", "5.1", "10.1", "10.2", "10.10", "10.11");
        Set<ReportType> numbered = EnumSet.of(ReportType.REGION_QUARTER, ReportType.NATION_QUARTER,
                ReportType.NATION_YEAR, ReportType.DISTRICT_PROFILE);
        List<ReportFile> checked = pdfs.stream().filter(f -> numbered.contains(f.type())).toList();
        assertThat(checked.stream().map(f -> f.type() + " " + f.script()).distinct()).hasSize(numbered.size() * 2);
        Map<String, String> wrong = new TreeMap<>();
        for (ReportFile f : checked) {
            Set<String> found = rowNumbers(f);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                wrong.put(f.path().getFileName().toString(), "missing " + missing + ", not a shown row " + extra);
            }
        }
        assertThat(wrong).isEmpty();
    }

    static Set<String> rowNumbers(ReportFile f) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(f.path().toFile())) {
            Matcher m = ROW_NUMBER.matcher(new PDFTextStripper().getText(pdf));
            Set<String> found = new TreeSet<>();
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        }
    }
}
