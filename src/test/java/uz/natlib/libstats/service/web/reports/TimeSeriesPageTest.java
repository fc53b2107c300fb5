package uz.natlib.libstats.service.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.analyst;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.bukhara;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Users;

/**
 * The time series from the reports page: the form, the file it asks for, and the form again with
 * what is wrong. Figures: {@link ReportFixtures}' 2021 Q3 row, plus its year to date written here.
 */
@ServiceTest
class TimeSeriesPageTest {

    static final String FILE = "/reports/time-series/file";

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
        yearToDate(jdbc, catalogue);
    }

    /** The fixture's Q3 figure as the year to date at Q3 too, so that 2021's column shows it ("to Q3"). */
    static void yearToDate(JdbcClient jdbc, ReportFixtures.Catalogue catalogue) {
        jdbc.sql("""
                        insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id,
                            measure_key, value, reporting, expected)
                        select run_id, year, quarter, 'ytd', territory_code, indicator_id, measure_key, value, reporting, expected
                        from consolidated_value where run_id = :run and span = 'quarter'""")
                .param("run", catalogue.runB()).update();
    }

    /** The CSV's records, header first checked. */
    static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private String html(String url, RequestPostProcessor who, int status) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theReportsPageLinksTheFormWhichOffersTheYearsTheTerritoriesAndTheLastTablesRows() throws Exception {
        assertThat(html("/reports", analyst(), 200)).contains("href=\"/reports/time-series\"");
        String form = html("/reports/time-series", analyst(), 200);
        assertThat(form).contains("<form id=\"time-series\"", "action=\"/reports/time-series/file\"", "method=\"get\"",
                "name=\"territory\"", "value=\"1718\"", "name=\"quarterly\"", "name=\"chart\"",
                "value=\"" + catalogue.indicatorCode() + "\"", "Charts in the PDF: indicators of the 2022 table",
                "value=\"xlsx\"", "value=\"csv\"").doesNotContain("value=\"sdmx\"");
        // The last two years chosen; the English page's script Latin.
        assertThat(form).containsPattern("<option value=\"2021\" selected=\"selected\">2021</option>\\s*"
                + "<option value=\"2022\">2022</option>\\s*</select>\\s*</label>\\s*<label><span>To the year");
        assertThat(form).containsPattern("<option value=\"2022\" selected=\"selected\">2022</option>\\s*</select>\\s*</label>\\s*<label class=\"check\">");
        assertThat(form).contains("<option value=\"latn\" selected=\"selected\">");
        // A regional user is offered its region, its districts and the nation only.
        String regional = html("/reports/time-series", bukhara(), 200);
        assertThat(regional).contains("value=\"1706\"", "value=\"" + catalogue.bukharaDistrict() + "\"", "value=\"17\"")
                .doesNotContain("value=\"1718\"", "value=\"" + catalogue.samarkandDistrictCode() + "\"");
    }

    @Test
    void anAnalystGetsTheCsvAsAnAttachmentWithTheFixturesFigure() throws Exception {
        MvcResult result = mvc.perform(get(FILE + "?territory=1706&from=2021&to=2022&script=latn&format=csv").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename=\"time-series_1706_2021-2022_latn.csv\"")))
                .andReturn();
        List<CSVRecord> rows = csv(result.getResponse().getContentAsByteArray());
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("territory_code", "territory_name", "indicator_code");
        CSVRecord figure = rows.stream().filter(r -> r.get("indicator_code").equals(catalogue.indicatorCode())
                        && r.get("measure").equals(catalogue.measure()) && r.get("year").equals("2021"))
                .findFirst().orElseThrow();
        assertThat(figure.get("territory_code")).isEqualTo("1706");
        assertThat(figure.get("period")).isEqualTo("2021Q3");
        assertThat(new java.math.BigDecimal(figure.get("value"))).isEqualByComparingTo("120");
        // Quarterly: each quarter's figure too, in its own file.
        MvcResult quarterly = mvc.perform(get(FILE + "?territory=1706&from=2021&to=2022&quarterly=true&format=csv")
                        .with(analyst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("filename=\"time-series_1706_2021-2022_quarterly_latn.csv\"")))
                .andReturn();
        assertThat(csv(quarterly.getResponse().getContentAsByteArray()))
                .anyMatch(r -> r.get("indicator_code").equals(catalogue.indicatorCode()) && r.get("period").equals("2021Q3")
                        && r.get("span").equals("quarter") && new java.math.BigDecimal(r.get("value")).compareTo(
                        java.math.BigDecimal.valueOf(120)) == 0);
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'rep-analyst' and action = 'download'"
                        + " and outcome = 'ok' and target = 'time-series 1706 2021-2022 latn csv'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRegionalUserGetsItsRegionsPdfWithAChartButIsRefusedAnotherRegion() throws Exception {
        MvcResult result = mvc.perform(get(FILE + "?territory=1706&from=2021&to=2022&chart="
                        + catalogue.indicatorCode() + "&script=cyrl&format=pdf").with(bukhara()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename=\"time-series_1706_2021-2022_cyrl.pdf\"")))
                .andReturn();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("2021", "2022");
        }
        mvc.perform(get(FILE + "?territory=1718&from=2021&to=2022&format=csv").with(bukhara()))
                .andExpect(status().isForbidden());
        mvc.perform(get(FILE + "?territory=" + catalogue.samarkandDistrictCode() + "&from=2021&to=2022").with(bukhara()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'rep-bukhara' and action = 'refused'"
                + " and target like 'GET /reports/time-series/file%'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badYearsAnUnknownChartCodeAndHostileValuesGiveTheFormWithTheMessage() throws Exception {
        assertThat(html(FILE + "?territory=1706&from=2022&to=2021&format=csv", analyst(), 400))
                .contains("<form id=\"time-series\"", "id=\"time-series-error\"", "years out of order: 2022 comes after 2021.");
        assertThat(html(FILE + "?territory=1706&from=2010&to=2022", analyst(), 400)).contains("at most 10 years");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2030", analyst(), 400))
                .contains("no indicator table for 2030 has been loaded");
        assertThat(html(FILE + "?territory=1706&from=20x1&to=2022", analyst(), 400))
                .contains("Give the first and the last year (from, to) with four digits");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2022&chart=99.98," + catalogue.indicatorCode(), analyst(), 400))
                .contains("no quantitative row 99.98 in the table of 2022.");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2022&chart=1,2,3,4,5,6,7,8,9", analyst(), 400))
                .contains("at most 8 codes");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2022&chart=<script>", analyst(), 400))
                .contains("Charts are named by indicator codes").doesNotContain("<script>");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2022&format=sdmx", analyst(), 400))
                .contains("must be pdf, xlsx or csv");
        assertThat(html(FILE + "?territory=1706&from=2021&to=2022&quarterly=maybe", analyst(), 400))
                .contains("Quarterly must be true or false");
        assertThat(html(FILE + "?territory=" + "7".repeat(5000) + "&from=2021&to=2022", analyst(), 400))
                .contains("Choose a territory").doesNotContain("value=\"" + "7".repeat(11));
        assertThat(html(FILE + "?territory=1799&from=2021&to=2022", analyst(), 400))
                .contains("There is no territory with that SOATO code.");
        // In the user's language: the Bukhara user reads Latin.
        assertThat(html(FILE + "?territory=1706&from=2022&to=2021", bukhara(), 400))
                .contains("Yillar tartibi notoʻgʻri: 2022 yil 2021 yildan keyin.");
        assertThat(html(FILE + "?territory=1706&from=2022&to=2021", user("rep-cyrl").roles("ANALYST"), 400))
                .contains("Йиллар тартиби нотўғри: 2022 йил 2021 йилдан кейин.");
    }
}
