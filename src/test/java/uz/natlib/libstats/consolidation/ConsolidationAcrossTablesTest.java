package uz.natlib.libstats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.catalogue.CatalogueImport;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;

/**
 * The previous year's figure when the table changed between the years: two small tables imported
 * as an administrator would, with every kind of link, and figures small enough to add by hand.
 */
@SpringBootTest
class ConsolidationAcrossTablesTest {

    private static final int EARLIER = 2093;
    private static final int LATER = 2094;
    private static final String HEADER = "code,section,parent_code,breakdown,label_cyrl,label_en,measures,aggregation,"
            + "periodicity,plan,qualitative,previous_code\n";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogueImport imports;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ConsolidatedFiguresRepository figures;

    private int sequence;

    @BeforeEach
    void tables() throws java.io.IOException {
        clean();
        assertThat(imports.importTable(EARLIER, "2093.csv", (HEADER
                + "5.1,V,,,Қатнов,Visits,visits,flow,quarterly,false,false,\n"
                + "5.2,V,,,Китобхонлар,Readers,readers,flow,quarterly,false,false,\n"
                + "5.3,V,,,Кўргазмалар,Exhibitions,count,flow,quarterly,false,false,\n"
                + "5.4,V,,,Тадбирлар,Events,events,flow,quarterly,false,false,\n"
                + "5.5,V,,,Тўгараклар,Clubs,count,stock,quarterly,false,false,\n"
                + "5.6,V,,,Кўчма кўргазмалар,Mobile exhibitions,count,flow,quarterly,false,false,\n"
                + "5.7,V,,,Эски маъно,Old meaning,count,flow,quarterly,false,false,\n")
                .getBytes(StandardCharsets.UTF_8), "test").stored()).isTrue();
        assertThat(imports.importTable(LATER, "2094.csv", (HEADER
                + "5.1,V,,,Қатнов,Visits,visits,flow,quarterly,false,false,\n"                 // same code
                + "5.20,V,,,Китобхонлар,Readers,readers,flow,quarterly,false,false,5.2\n"      // renumbered
                + "5.36,V,,,Кўргазмалар,Exhibitions,count,flow,quarterly,false,false,5.3|5.6\n" // merged
                + "5.41,V,,,Катталар тадбирлари,Events for adults,events,flow,quarterly,false,false,5.4\n" // split
                + "5.42,V,,,Болалар тадбирлари,Events for children,events,flow,quarterly,false,false,5.4\n"
                + "5.5,V,,,Тўгараклар,Clubs,count|participants,stock,quarterly,false,false,\n" // a second measure
                + "5.7,V,,,Янги маъно,New meaning,count,flow,quarterly,false,false,-\n")        // meaning changed
                .getBytes(StandardCharsets.UTF_8), "test").stored()).isTrue();
    }

    @Autowired
    uz.natlib.libstats.home.LibstatsProperties properties;

    @AfterEach
    void clean() throws java.io.IOException {
        uz.natlib.libstats.TestWarehouse.empty(jdbc, properties);
        for (String table : List.of("indicator_measure where indicator_id in (select id from indicator where year in (?, ?))",
                "indicator where year in (?, ?)", "section where year in (?, ?)", "catalogue_year where year in (?, ?)")) {
            jdbc.sql("delete from " + table).params(EARLIER, LATER).update();
        }
    }

    private long submission(String district, String period) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status,
                            received_at, processed_at)
                        values ('return', ?, ?, ?, ?, 'accepted', now(), now()) returning id""")
                .params("f" + (++sequence), String.format("%064d", 9_000 + sequence), district, period)
                .query(Long.class).single();
    }

    private void value(long submission, int year, String code, String measure, int value) {
        jdbc.sql("insert into data_value (submission_id, indicator_id, measure_key, value) "
                        + "select ?, id, ?, ? from indicator where year = ? and code = ?")
                .params(submission, measure, value, year, code).update();
    }

    private Optional<BigDecimal> previous(String territory, String code, String measure) {
        return jdbc.sql("""
                        select c.previous_value from consolidated_value c join indicator i on i.id = c.indicator_id
                        where c.year = ? and c.quarter = 1 and c.span = 'quarter' and c.territory_code = ?
                          and i.code = ? and c.measure_key = ?""")
                .params(LATER, territory, code, measure)
                .query(BigDecimal.class).optional();
    }

    @Test
    void thePreviousYearFollowsEveryKindOfLink() {
        long jondor93 = submission("1706246", EARLIER + "Q1");
        long olot93 = submission("1706204", EARLIER + "Q1");
        long jondor94 = submission("1706246", LATER + "Q1");
        long olot94 = submission("1706204", LATER + "Q1");
        Map<String, int[]> earlier = Map.of("5.1/visits", new int[] {100, 50}, "5.2/readers", new int[] {30, 20},
                "5.3/count", new int[] {4, 1}, "5.4/events", new int[] {12, 8}, "5.5/count", new int[] {3, 2},
                "5.6/count", new int[] {2, 5}, "5.7/count", new int[] {9, 9});
        earlier.forEach((key, v) -> {
            String[] k = key.split("/");
            value(jondor93, EARLIER, k[0], k[1], v[0]);
            value(olot93, EARLIER, k[0], k[1], v[1]);
        });
        for (String[] k : List.of(new String[] {"5.1", "visits"}, new String[] {"5.20", "readers"},
                new String[] {"5.36", "count"}, new String[] {"5.41", "events"}, new String[] {"5.42", "events"},
                new String[] {"5.5", "count"}, new String[] {"5.5", "participants"}, new String[] {"5.7", "count"})) {
            value(jondor94, LATER, k[0], k[1], 1);
            value(olot94, LATER, k[0], k[1], 1);
        }

        consolidation.consolidate(LATER);

        // same code: 100 + 50 for the region, 100 for Jondor
        assertThat(previous("1706", "5.1", "visits")).contains(new BigDecimal("150.000"));
        assertThat(previous("1706246", "5.1", "visits")).contains(new BigDecimal("100.000"));
        // renumbered 5.2 -> 5.20
        assertThat(previous("1706", "5.20", "readers")).contains(new BigDecimal("50.000"));
        // merged 5.3 + 5.6 -> 5.36: (4 + 1) + (2 + 5)
        assertThat(previous("1706", "5.36", "count")).contains(new BigDecimal("12.000"));
        assertThat(previous("1706204", "5.36", "count")).contains(new BigDecimal("6.000"));
        // split 5.4 -> 5.41 and 5.42: each part shows the whole it came from
        assertThat(previous("1706", "5.41", "events")).contains(new BigDecimal("20.000"));
        assertThat(previous("1706", "5.42", "events")).contains(new BigDecimal("20.000"));
        // the measure kept and the one added
        assertThat(previous("1706", "5.5", "count")).contains(new BigDecimal("5.000"));
        assertThat(previous("1706", "5.5", "participants")).isEmpty();
        // a code kept with a new meaning: nothing to compare, although 5.7 had 18 the year before
        assertThat(previous("1706", "5.7", "count")).isEmpty();

        Map<String, String> lineage = new java.util.HashMap<>();
        for (ConsolidatedFigure f : figures.figures(LATER, List.of(1), List.of("quarter"), "1706", false)) {
            lineage.put(f.indicatorCode() + "/" + f.measureKey(), f.lineage());
        }
        assertThat(lineage).containsExactlyInAnyOrderEntriesOf(Map.of("5.1/visits", "same", "5.20/readers", "renumbered",
                "5.36/count", "merged", "5.41/events", "split", "5.42/events", "split", "5.5/count", "same",
                "5.5/participants", "new", "5.7/count", "new"));
    }

    @Autowired
    uz.natlib.libstats.warehouse.HistoryRepository history;

    @Test
    void theHistoryOfAQuarterCrossesTheYearOnlyThroughOneToOneLinks() {
        long jondor93 = submission("1706246", EARLIER + "Q4");
        for (String code : List.of("5.1/visits", "5.2/readers", "5.3/count", "5.4/events", "5.5/count", "5.7/count")) {
            value(jondor93, EARLIER, code.split("/")[0], code.split("/")[1], 40);
        }
        var asked = new uz.natlib.libstats.warehouse.HistoryRepository.Asked("1706246", LATER, 1);

        var before = history.before(List.of(asked)).get(asked).byPeriod().get(EARLIER + "Q4");

        assertThat(before.keySet()).extracting(k -> k.indicatorCode() + "/" + k.measure())
                .containsExactlyInAnyOrder("5.1/visits", "5.20/readers", "5.5/count");
    }

    @Test
    void theEarlierYearHasNoTableBeforeIt_soNothingIsNew() {
        long jondor93 = submission("1706246", EARLIER + "Q1");
        value(jondor93, EARLIER, "5.1", "visits", 7);
        consolidation.consolidate(EARLIER);
        List<ConsolidatedFigure> all = figures.figures(EARLIER, List.of(1), List.of("quarter"), "1706246", false);
        assertThat(all).isNotEmpty().allSatisfy(f -> {
            assertThat(f.lineage()).isNull();
            assertThat(f.isNew()).isFalse();
        });
    }

    @Test
    void aTableIsReplacedUntilAReturnIsAcceptedAndRefusedAfter() {
        byte[] again = (HEADER + "5.1,V,,,Қатнов,Visits,visits,flow,quarterly,false,false,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importTable(LATER, "again.csv", again, "test").result())
                .isEqualTo(CatalogueImport.Result.REPLACED);
        assertThat(jdbc.sql("select count(*) from indicator where year = ?").param(LATER).query(Integer.class).single())
                .isEqualTo(1);
        value(submission("1706246", LATER + "Q1"), LATER, "5.1", "visits", 3);

        CatalogueImport.Outcome refused = imports.importTable(LATER, "again.csv", again, "test");

        assertThat(refused.result()).isEqualTo(CatalogueImport.Result.REFUSED);
        assertThat(refused.findings()).singleElement().satisfies(f -> {
            assertThat(f.row()).isZero();
            assertThat(f.message().en()).contains("cannot be replaced: 1 returns and plans were accepted against it");
        });
        assertThat(jdbc.sql("select count(*) from data_value").query(Integer.class).single()).isEqualTo(1);
    }
}
