package uz.natlib.libstats.service.api;

import static uz.natlib.libstats.service.web.reports.ReportFixtures.analyst;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.bukhara;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

@ServiceTest
class ReportsApiTest {

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
    void catalogue() throws Exception {
        ReportFixtures.users(users);
        catalogue = ReportFixtures.load(jdbc, properties);
    }

    private Map<String, Object> json(String url, RequestPostProcessor who, int status) throws Exception {
        String body = mvc.perform(get(url).with(who)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(body, Map.class);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("reports")).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueListsEveryFileForAnAnalystWithWhatEachReflects() throws Exception {
        Map<String, Object> body = json("/api/reports", analyst(), 200);
        assertThat(ids(body)).contains(catalogue.bukhara(), catalogue.bukharaOlder(), catalogue.samarkand(),
                catalogue.nation(), catalogue.samarkandDistrict());
        assertThat(ids(body)).hasSize(8);
        assertThat(body.get("next")).isNull();
        Map<String, Object> older = ((List<Map<String, Object>>) body.get("reports")).stream()
                .filter(r -> ((Number) r.get("id")).longValue() == catalogue.bukharaOlder()).findFirst().orElseThrow();
        assertThat(older).containsEntry("type", "region-quarter").containsEntry("period", "2021Q3")
                .containsEntry("territory", "1706").containsEntry("script", "latn").containsEntry("format", "pdf")
                .containsEntry("current", false).containsEntry("districts_reporting", 1)
                .containsEntry("href", "/api/reports/" + catalogue.bukharaOlder());
        assertThat(((Number) older.get("consolidation_run")).longValue()).isEqualTo(catalogue.runA());
        assertThat(((Number) older.get("replaced_by_run")).longValue()).isEqualTo(catalogue.runB());
        assertThat(older.get("territory_name_latn")).asString().startsWith("Buxoro");
        assertThat(older.get("territory_name_cyrl")).asString().startsWith("Бухоро");
        assertThat(older).containsKeys("sha256", "generated_at", "size_bytes");
    }

    @Test
    void filtersAndPaging() throws Exception {
        assertThat(ids(json("/api/reports?year=2021&format=pdf&territory=1706", analyst(), 200)))
                .containsExactly(catalogue.bukhara(), catalogue.bukharaOlder());
        assertThat(ids(json("/api/reports?type=nation-quarter&script=cyrl&period=2021Q3", analyst(), 200)))
                .containsExactly(catalogue.nation());
        Map<String, Object> paged = json("/api/reports?format=pdf&limit=2&offset=2", analyst(), 200);
        assertThat(ids(paged)).hasSize(2);
        assertThat(paged).containsEntry("limit", 2).containsEntry("offset", 2)
                .containsEntry("next", "/api/reports?format=pdf&limit=2&offset=4");
        Map<String, Object> last = json((String) paged.get("next"), analyst(), 200);
        assertThat(last.get("next")).isNull();
    }

    @Test
    void aRegionalUserListsItsRegionAndTheNationOnly() throws Exception {
        assertThat(ids(json("/api/reports", bukhara(), 200))).contains(catalogue.bukhara(), catalogue.nation())
                .doesNotContain(catalogue.samarkand(), catalogue.samarkandDistrict());
        Map<String, Object> refused = json("/api/reports?territory=1718", bukhara(), 403);
        assertThat(refused).containsEntry("error", "forbidden");
    }

    @Test
    void filesAreServedByIdWithTheRegionRules() throws Exception {
        mvc.perform(get("/api/reports/" + catalogue.bukharaOlder()).with(bukhara())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andExpect(content().string("%PDF older Bukhara"));
        mvc.perform(get("/api/reports/" + catalogue.samarkandDistrict()).with(analyst())).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
        Map<String, Object> refused = json("/api/reports/" + catalogue.samarkand(), bukhara(), 403);
        assertThat(refused).containsEntry("error", "forbidden").containsKeys("message_cyrl", "message_latn", "message_en");
        json("/api/reports/" + catalogue.samarkandDistrict(), bukhara(), 403);
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'rep-bukhara' and action = 'refused'"
                + " and target = :t").param("t", "GET /api/reports/" + catalogue.samarkand()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void httpBasicWithTheUsersPasswordWorks() throws Exception {
        mvc.perform(get("/api/reports/" + catalogue.nation()).with(httpBasic("rep-bukhara", ReportFixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reports/" + catalogue.samarkand()).with(httpBasic("rep-bukhara", ReportFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownIdsAre404AndUnsafePathsAreNeverServed() throws Exception {
        assertThat(json("/api/reports/999999999", analyst(), 404)).containsEntry("error", "not_found");
        for (long id : new long[] {catalogue.outside(), catalogue.symlink(), catalogue.linkedFolder()}) {
            assertThat(json("/api/reports/" + id, analyst(), 404)).containsEntry("error", "not_found");
        }
    }

    @Test
    void badParametersAre400NamingTheParameterInThreeLanguages() throws Exception {
        String[][] cases = {
            {"/api/reports?year=abc", "year", "The year must be written", "Йил тўрт рақам", "Yil toʻrt raqam"},
            {"/api/reports?period=2021Q9", "period", "The period must be", "Давр 2021Q3", "Davr 2021Q3"},
            {"/api/reports?territory=%3Cscript%3E", "territory", "SOATO code", "СОАТО коди", "SOATO kodi"},
            {"/api/reports?territory=1799", "territory", "no territory", "ҳудуд йўқ", "hudud yoʻq"},
            {"/api/reports?format=" + "x".repeat(5000), "format", "The format must be", "Формат", "Format"},
            {"/api/reports?limit=0", "limit", "The limit must be", "Чеклов", "Cheklov"},
            {"/api/reports/-1", "id", "whole number from 1", "бутун сон", "butun son"},
            {"/api/reports/abc", "id", "whole number from 1", "бутун сон", "butun son"},
            {"/api/reports/" + "1".repeat(5000), "id", "whole number from 1", "бутун сон", "butun son"},
            {"/api/figures?year=abc", "year", "The year must be written", "Йил тўрт рақам", "Yil toʻrt raqam"},
            {"/api/figures", "year", "Give the year or the period", "йили ёки даврини", "yili yoki davrini"},
            {"/api/figures?period=2021Q9", "period", "The period must be", "Давр", "Davr"},
            {"/api/figures?year=2021&indicator=%3Cscript%3E", "indicator", "The indicator must be", "Кўрсаткич", "Koʻrsatkich"},
            {"/api/figures?year=2021&indicator=99.99", "indicator", "no indicator", "кўрсаткич йўқ", "koʻrsatkich yoʻq"},
        };
        for (String[] c : cases) {
            Map<String, Object> body = json(c[0].length() > 80 ? c[0] : c[0], analyst(), 400);
            assertThat(body).as(c[0].substring(0, Math.min(60, c[0].length()))).containsEntry("status", 400)
                    .containsEntry("error", "bad_parameter").containsEntry("parameter", c[1]);
            assertThat((String) body.get("message_en")).contains(c[2]);
            assertThat((String) body.get("message_cyrl")).contains(c[3]);
            assertThat((String) body.get("message_latn")).contains(c[4]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void figuresAsJsonByDefault() throws Exception {
        Map<String, Object> body = json("/api/figures?year=2021", analyst(), 200);
        List<Map<String, Object>> figures = (List<Map<String, Object>>) body.get("figures");
        assertThat(figures).hasSize(5);
        assertThat(figures.get(0)).containsEntry("year", 2021).containsEntry("quarter", 3).containsEntry("span", "quarter")
                .containsEntry("territory", "17").containsEntry("indicator", catalogue.indicatorCode())
                .containsEntry("measure", catalogue.measure()).containsEntry("value", 120)
                .containsEntry("reporting", 1).containsEntry("expected", 1).containsKey("indicator_number");
        assertThat(json("/api/figures?period=2021Q3&territory=1718&indicator=" + catalogue.indicatorCode(), analyst(), 200)
                .get("figures")).asList().hasSize(1);
        assertThat(json("/api/figures?period=2021", analyst(), 200).get("figures")).asList().isEmpty();
    }

    @Test
    void figuresAsCsvWhenAskedFor() throws Exception {
        String csv = mvc.perform(get("/api/figures?period=2021Q3").with(analyst()).header("Accept", "text/csv"))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "year,quarter,span,territory,indicator,indicator_number,measure,value,reporting,expected,consolidation_run");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("2021,3,quarter,17," + catalogue.indicatorCode() + ",")
                .contains("," + catalogue.measure() + ",120,1,1," + catalogue.runB());
        // A CSV client given a bad parameter still gets the error as JSON, not a 500.
        mvc.perform(get("/api/figures?year=abc").with(analyst()).header("Accept", "text/csv"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegionalUserGetsItsRegionItsDistrictsAndTheNation() throws Exception {
        List<Map<String, Object>> figures = (List<Map<String, Object>>) json("/api/figures?year=2021", bukhara(), 200)
                .get("figures");
        assertThat(figures).extracting(f -> f.get("territory"))
                .containsExactlyInAnyOrder("17", "1706", catalogue.bukharaDistrict());
        assertThat(json("/api/figures?year=2021&territory=1718", bukhara(), 403)).containsEntry("error", "forbidden");
        assertThat(json("/api/figures?year=2021&territory=" + catalogue.samarkandDistrictCode(), bukhara(), 403))
                .containsEntry("error", "forbidden");
    }

    @Test
    void theApiNeedsSignIn() throws Exception {
        mvc.perform(get("/api/figures?year=2021")).andExpect(status().isUnauthorized());
    }
}
