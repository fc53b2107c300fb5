package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The time series of the whole 2021 table, from {@link ReportFixture}'s returns consolidated by the
 * real consolidation (to quarter II): 2020 has no table, so its column stays empty.
 */
@SpringBootTest
class TimeSeriesOfConsolidationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    TimeSeriesService service;

    @AfterEach
    void clear() {
        ReportFixture.clear(jdbc);
    }

    @Test
    void givenTheFixturesHalfYear_whenRendered_thenTheYearIsToQuarterTwoAndEveryRowIsThere() throws Exception {
        ReportFixture.load(jdbc);
        consolidation.consolidate(2021);

        List<Path> files = service.render(new TimeSeriesService.Request(ReportFixture.REGION, 2020, 2021, false,
                List.of("5.1", "5.4", "1.2"), EnumSet.of(Script.CYRL), EnumSet.of(ReportFormat.CSV)));

        // The CSV only: TimeSeriesReportTest renders the PDF and the workbook (of small tables, in seconds)
        assertThat(files).hasSize(1);
        Path csv = files.stream().filter(p -> p.toString().endsWith("_cyrl.csv")).findFirst().orElseThrow();
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        // Jondor 1200 + 1450, the other district 3020 + 2875: the year to date at quarter II
        CSVRecord visits = rows.stream().filter(r -> r.get("indicator_code").equals("5.1")
                && r.get("measure").equals("visits")).findFirst().orElseThrow();
        assertThat(visits.get("period")).isEqualTo("2021Q2");
        assertThat(visits.get("value")).isEqualTo("8545");
        assertThat(visits.get("reporting")).isEqualTo("2");
        assertThat(rows).noneMatch(r -> r.get("year").equals("2020"));
        int lines = jdbc.sql("""
                        select count(*) from indicator i join indicator_measure m on m.indicator_id = i.id
                        where i.year = 2021 and not i.qualitative""").query(Integer.class).single();
        assertThat(rows).hasSize(lines);
    }
}
