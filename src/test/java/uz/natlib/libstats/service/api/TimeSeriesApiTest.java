package uz.natlib.libstats.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.analyst;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.bukhara;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.web.reports.ReportFixtures;
import uz.natlib.libstats.users.Users;

/** {@code GET /api/time-series}: the CSV by default, and refusals as the API's JSON. */
@ServiceTest
class TimeSeriesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    LibstatsProperties properties;

    ReportFixtures.Catalogue catalogue;

    @BeforeEach
    void figures() throws Exception {
        ReportFixtures.users(users);
        catalogue = ReportFixtures.load(jdbc, properties);
        // The fixture's Q3 figure as the year to date at Q3 too: 2021's year figure.
        jdbc.sql("""
                        insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id,
                            measure_key, value, reporting, expected)
                        select run_id, year, quarter, 'ytd', territory_code, indicator_id, measure_key, value, reporting, expected
                        from consolidated_value where run_id = :run and span = 'quarter'""")
                .param("run", catalogue.runB()).update();
    }

    private Map<String, Object> error(String url, RequestPostProcessor who, int status) throws Exception {
        String body = mvc.perform(get(url).with(who)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(body, Map.class);
        assertThat(map).containsEntry("status", status).containsKeys("error", "message_cyrl", "message_latn", "message_en");
        assertThat(body).doesNotContain("Exception", "\tat ");
        return map;
    }

    @Test
    void theCsvOfARegionParsesAndHoldsTheFigure() throws Exception {
        byte[] body = mvc.perform(get("/api/time-series?territory=1706&from=2021&to=2022&quarterly=false&format=csv")
                        .with(httpBasic("rep-analyst", ReportFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=\"time-series_1706_2021-2022_latn.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("territory_code", "territory_name",
                "indicator_code", "seed_number", "indicator_label", "measure", "aggregation", "year", "period", "span",
                "value", "reporting", "expected", "lineage", "linked_rows", "split_from", "note_en", "note");
        CSVRecord figure = rows.stream().filter(r -> r.get("indicator_code").equals(catalogue.indicatorCode())
                && r.get("measure").equals(catalogue.measure()) && r.get("year").equals("2021")).findFirst().orElseThrow();
        assertThat(new BigDecimal(figure.get("value"))).isEqualByComparingTo("120");
        // Both years present for every row of the 2022 table that 2021's links reach.
        assertThat(rows).anyMatch(r -> r.get("year").equals("2022"));
        // The default format is CSV; the other two as asked.
        mvc.perform(get("/api/time-series?territory=17&from=2022&to=2022").with(analyst()))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"));
        mvc.perform(get("/api/time-series?territory=1706&from=2022&to=2022&format=xlsx&script=cyrl").with(bukhara()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("time-series_1706_2022-2022_cyrl.xlsx")));
    }

    @Test
    void refusalsAreTheApisJsonInTheThreeLanguages() throws Exception {
        Map<String, Object> order = error("/api/time-series?territory=1706&from=2022&to=2021", analyst(), 400);
        assertThat(order).containsEntry("error", "bad_parameter")
                .containsEntry("message_en", "years out of order: 2022 comes after 2021.")
                .containsEntry("message_cyrl", "Йиллар тартиби нотўғри: 2022 йил 2021 йилдан кейин.");
        assertThat(error("/api/time-series?territory=1706&from=2021&to=2022&chart=99.98", analyst(), 400).get("message_en"))
                .isEqualTo("no quantitative row 99.98 in the table of 2022.");
        assertThat(error("/api/time-series?territory=1706&from=2021&to=2022&format=sdmx", analyst(), 400))
                .containsEntry("parameter", "format");
        assertThat(error("/api/time-series?territory=1706&to=2022", analyst(), 400)).containsEntry("parameter", "from");
        assertThat(error("/api/time-series?from=2021&to=2022", analyst(), 400)).containsEntry("parameter", "territory");
        assertThat(error("/api/time-series?territory=1706&from=2021&to=2022&chart=" + "1.".repeat(300), analyst(), 400))
                .containsEntry("parameter", "chart");
        assertThat(error("/api/time-series?territory=1799&from=2021&to=2022", analyst(), 400))
                .containsEntry("parameter", "territory");
        assertThat(error("/api/time-series?territory=1718&from=2021&to=2022", bukhara(), 403)).containsEntry("error", "forbidden");
        mvc.perform(get("/api/time-series?territory=1706&from=2021&to=2022")).andExpect(status().isUnauthorized());
    }
}
