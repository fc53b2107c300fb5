package uz.natlib.libstats.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's plan column against the seed. The seed is itself a plan, but only three of its
 * tables are printed with a "2021 йил режа(си)" column; a row bears a plan figure when it is a
 * quantitative row of such a table (or a part of one). The expected rows and figures below are
 * read by hand from the seed; the test also reads the seed's plan tables itself, so a misreading
 * on either side shows.
 */
class CataloguePlanColumnTest {

    private static final Pattern SEED_ROW = Pattern.compile("^(?:<p>)?(\\d{1,2}\\.\\d{1,2})(?:</p>)?(?=[\\t ]|$)");

    /** Numbered rows of the seed's tables with a plan column, in the seed's order, read by hand. */
    private static final List<String> ROWS_OF_PLAN_TABLES = List.of("5.21", "5.22", "5.23", "8.1", "8.2", "8.3",
            "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8", "10.9", "10.10", "10.11");

    /** The planned figures Jondor wrote in that column, read by hand (10.1 has "II чорак" there, no number). */
    private static final Map<String, String> FIGURES_IN_THE_SEED = Map.of("10.2", "15", "10.3", "21", "10.4", "12",
            "10.5", "215", "10.6", "5", "10.7", "1200", "10.8", "20", "10.10", "7", "10.11", "4");

    /** The rows, not parts, that bear a plan: the quantitative ones of the list above (8.2, 8.3, 10.1 are qualitative). */
    private static final Set<String> PLAN_BEARING_TOTALS = Set.of("5.21", "5.22", "5.23", "8.1", "10.2", "10.3", "10.4",
            "10.5", "10.6", "10.7", "10.8", "10.9", "10.10", "10.11");

    private static Catalogue catalogue;
    /** Seed number to the text of its plan cell, for each numbered row of a table with a plan column. */
    private static Map<String, String> planCells;

    @BeforeAll
    static void read() throws IOException {
        catalogue = CatalogueFiles.read(2021);
        try (InputStream in = CataloguePlanColumnTest.class.getResourceAsStream("/seed/000_e425a55a350d6698.txt")) {
            planCells = planCells(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A table starts at a header line naming the deadline column and ends at the next such header. */
    private static Map<String, String> planCells(String seed) {
        Map<String, String> cells = new LinkedHashMap<>();
        int planColumn = -1;
        for (String line : seed.split("\n")) {
            if (line.contains("Бажарилиш муддати")) {
                List<String> header = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                planColumn = IntStream.range(0, header.size()).filter(c -> header.get(c).startsWith("2021 йил режа"))
                        .findFirst().orElse(-1);
                continue;
            }
            Matcher row = SEED_ROW.matcher(line);
            if (planColumn >= 0 && row.find()) {
                String[] cellsOfRow = line.split("\t", -1);
                cells.put(row.group(1), planColumn < cellsOfRow.length ? cellsOfRow[planColumn].strip() : "");
            }
        }
        return cells;
    }

    private static Indicator indicator(String code) {
        return catalogue.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void givenTheSeed_whenItsPlanTablesAreRead_thenTheRowsAndFiguresReadByHand() {
        assertThat(planCells.keySet()).containsExactlyElementsOf(ROWS_OF_PLAN_TABLES);
        Map<String, String> figures = planCells.entrySet().stream().filter(e -> e.getValue().matches("\\d+"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(figures).isEqualTo(FIGURES_IN_THE_SEED);
        assertThat(planCells).containsEntry("10.1", "II чорак").containsEntry("5.21", "").containsEntry("8.1", "")
                .containsEntry("10.9", "");
    }

    @Test
    void givenTheCatalogue_whenItsPlanColumnIsRead_thenExactlyTheQuantitativeRowsOfThePlanTablesAndTheirParts() {
        Set<String> totals = catalogue.indicators().stream()
                .filter(i -> i.parentCode() == null && i.planBearing()).map(Indicator::code).collect(Collectors.toSet());
        assertThat(totals).isEqualTo(PLAN_BEARING_TOTALS);
        for (Indicator part : catalogue.indicators()) {
            if (part.parentCode() != null) {
                assertThat(part.planBearing()).as("part " + part.code()).isEqualTo(indicator(part.parentCode()).planBearing());
            }
        }
        assertThat(catalogue.indicators().stream().filter(Indicator::planBearing)).hasSize(36)
                .noneMatch(Indicator::qualitative);
    }

    @Test
    void givenEveryRowTheSeedGivesAPlannedFigure_whenLookedUp_thenItBearsAPlan() {
        FIGURES_IN_THE_SEED.keySet().forEach(code -> assertThat(indicator(code).planBearing()).as(code).isTrue());
    }

    @Test
    void givenRowsOutsideThePlanTables_whenLookedUp_thenNoneBearsAPlan() {
        for (String code : List.of("1.1", "1.1.01", "1.2", "1.5", "IBX.1", "2.1", "4.2", "5.1", "5.4", "MOB.1", "5.7",
                "5.13", "CLB.2", "5.16", "6.1", "6.12", "9.1", "ART.1", "9.9", "MED.1", "9.12")) {
            assertThat(indicator(code).planBearing()).as(code).isFalse();
        }
        assertThat(catalogue.indicators().stream()
                .filter(i -> i.seedNumber() != null && !ROWS_OF_PLAN_TABLES.contains(i.seedNumber())))
                .hasSizeGreaterThan(60).noneMatch(Indicator::planBearing);
    }
}
