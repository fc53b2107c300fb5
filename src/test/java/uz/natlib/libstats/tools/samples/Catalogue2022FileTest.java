package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Section;

/**
 * catalogue/2022.csv is 2021.csv with one change of each kind the National Library makes (renumbered,
 * new, dropped, a measure added, a part moved, a split, a merge), linked by its previous_code column.
 * Everything is computed from the two files; nothing here names a code.
 */
class Catalogue2022FileTest {

    private static Catalogue y2021;
    private static Catalogue y2022;
    private static Map<String, Indicator> before;
    /** 2022 code to the 2021 codes it continues, as the previous_code column says. */
    private static Map<String, List<String>> links;
    /** 2021 code to the 2022 codes that continue it. */
    private static Map<String, List<String>> continuedBy;

    @BeforeAll
    static void read() throws IOException {
        y2021 = CatalogueFiles.read(2021);
        y2022 = CatalogueFiles.read(2022);
        before = y2021.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        links = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : previousCodes().entrySet()) {
            String code = row.getKey();
            String previous = row.getValue();
            List<String> to = previous.isBlank() ? (before.containsKey(code) ? List.of(code) : List.of())
                    : previous.equals("-") ? List.of() : Arrays.stream(previous.split("\\|")).map(String::strip).toList();
            links.put(code, to);
        }
        continuedBy = new HashMap<>();
        links.forEach((code, to) -> to.forEach(p -> continuedBy.computeIfAbsent(p, k -> new ArrayList<>()).add(code)));
    }

    /** code to previous_code of catalogue/2022.csv, read as written (the catalogue's records do not carry it). */
    private static Map<String, String> previousCodes() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, String> previous = new LinkedHashMap<>();
        try (InputStream in = Catalogue2022FileTest.class.getResourceAsStream("/catalogue/2022.csv")) {
            List<String> header = null;
            for (CSVRecord r : format.parse(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
                if (header == null) {
                    header = r.getParser().getHeaderNames();
                    assertThat(header).as("previous_code is the last column").last().isEqualTo("previous_code");
                }
                assertThat(r.size()).as("line %d has every column", r.getParser().getCurrentLineNumber())
                        .isEqualTo(header.size());
                previous.put(r.get("code"), r.get("previous_code"));
            }
        }
        return previous;
    }

    private static Indicator now(String code) {
        return y2022.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> where(java.util.function.Predicate<Indicator> test) {
        return y2022.indicators().stream().filter(test).map(Indicator::code).toList();
    }

    private static boolean oneToOne(Indicator row) {
        List<String> to = links.get(row.code());
        return to.size() == 1 && continuedBy.get(to.get(0)).size() == 1;
    }

    @Test
    void givenThe2022File_whenRead_thenEveryLinkNamesA2021RowAndTheSectionsAreKnown() {
        assertThat(y2022.year()).isEqualTo(2022);
        assertThat(links.keySet()).containsExactlyElementsOf(y2022.indicators().stream().map(Indicator::code).toList());
        links.values().forEach(to -> assertThat(before.keySet()).containsAll(to));
        assertThat(y2022.sections().stream().map(Section::code))
                .containsExactlyElementsOf(y2021.sections().stream().map(Section::code).toList());
    }

    @Test
    void givenThe2022File_whenRead_thenEveryCompleteBreakdownsPartsCarryTheTotalsMeasures() {
        Map<String, Indicator> byCode = y2022.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        for (Indicator part : y2022.indicators()) {
            Indicator total = part.parentCode() == null ? null : byCode.get(part.parentCode());
            if (total != null && total.breakdown() == Indicator.Breakdown.COMPLETE) {
                assertThat(part.measures()).as(part.code()).isEqualTo(total.measures());
            }
            if (total != null) {
                assertThat(total.breakdown()).as(total.code() + " has parts").isNotNull();
            }
        }
    }

    @Test
    void givenARowThatContinuesItsOwnCodeAlone_whenCompared_thenItIsThe2021RowUnchangedUnlessAMeasureWasAdded() {
        List<String> changed = new ArrayList<>();
        for (Indicator row : y2022.indicators()) {
            if (oneToOne(row) && links.get(row.code()).get(0).equals(row.code())) {
                Indicator old = before.get(row.code());
                if (!row.equals(old)) {
                    changed.add(row.code());
                    assertThat(row).as(row.code() + ": only the measures may change")
                            .isEqualTo(new Indicator(old.code(), old.seedNumber(), old.section(), old.parentCode(),
                                    old.breakdown(), old.labelCyrl(), old.labelLatn(), row.labelEn(), row.unitSeed(),
                                    row.measures(), old.aggregation(), old.periodicity(), old.dueSeed(),
                                    old.planBearing(), old.qualitative()));
                }
            }
        }
        assertThat(changed).as("rows given another measure").hasSize(where(Catalogue2022FileTest::measureAdded).size());
    }

    private static boolean measureAdded(Indicator row) {
        if (!oneToOne(row) || !links.get(row.code()).get(0).equals(row.code())) {
            return false;
        }
        List<String> old = before.get(row.code()).measures();
        return !old.isEmpty() && row.measures().size() > old.size() && row.measures().subList(0, old.size()).equals(old);
    }

    @Test
    void givenThe2022File_whenCompared_thenEachKindOfChangeIsThere() {
        // (a) renumbered: one row continues one other code, not as a part moved under another total
        List<String> renumbered = where(i -> oneToOne(i) && !links.get(i.code()).get(0).equals(i.code())
                && Objects.equals(before.get(links.get(i.code()).get(0)).parentCode(), i.parentCode())
                && !before.containsKey(i.code()));
        assertThat(renumbered).as("renumbered").isNotEmpty();
        renumbered.forEach(code -> assertThat(now(code).measures())
                .isEqualTo(before.get(links.get(code).get(0)).measures()));

        // (b) new: a row that continues nothing
        List<String> added = where(i -> links.get(i.code()).isEmpty());
        assertThat(added).as("new").isNotEmpty();

        // (c) dropped: a 2021 row nothing continues, with no parts, no plan, quantitative or not
        Set<String> parents2021 = y2021.indicators().stream().map(Indicator::parentCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Indicator> dropped = y2021.indicators().stream().filter(i -> !continuedBy.containsKey(i.code())).toList();
        assertThat(dropped).as("dropped").isNotEmpty();
        dropped.forEach(i -> {
            assertThat(parents2021).as(i.code() + " has no parts").doesNotContain(i.code());
            assertThat(i.planBearing()).as(i.code() + " bears no plan").isFalse();
        });

        // (d) a measure added to a row that keeps its code
        assertThat(where(Catalogue2022FileTest::measureAdded)).as("measure added").isNotEmpty();

        // (e) an "of which" part moved under another total, with that total's measures
        List<String> moved = where(i -> oneToOne(i) && i.parentCode() != null
                && before.get(links.get(i.code()).get(0)).parentCode() != null
                && !before.get(links.get(i.code()).get(0)).parentCode().equals(i.parentCode()));
        assertThat(moved).as("moved").isNotEmpty();
        moved.forEach(code -> {
            Indicator part = now(code);
            assertThat(part.measures()).isEqualTo(now(part.parentCode()).measures());
            assertThat(links.get(code).get(0)).isNotEqualTo(code);
            assertThat(links).doesNotContainKey(links.get(code).get(0));
        });

        // (f) split: one 2021 row continued by two or more 2022 rows
        List<String> split = continuedBy.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(split).as("split").isNotEmpty();

        // (g) merge: one 2022 row continuing two or more 2021 rows
        List<String> merged = where(i -> links.get(i.code()).size() > 1);
        assertThat(merged).as("merged").isNotEmpty();
        merged.forEach(code -> links.get(code).forEach(p -> assertThat(before.get(p).measures())
                .isEqualTo(now(code).measures())));

        // Every changed row is one of these; the others all continue their own code one to one.
        Set<String> kinds = new HashSet<>();
        kinds.addAll(renumbered);
        kinds.addAll(added);
        kinds.addAll(moved);
        kinds.addAll(merged);
        split.forEach(s -> kinds.addAll(continuedBy.get(s)));
        for (Indicator row : y2022.indicators()) {
            if (!kinds.contains(row.code())) {
                assertThat(links.get(row.code())).as(row.code()).containsExactly(row.code());
            }
        }
    }
}
