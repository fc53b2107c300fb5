package uz.natlib.libstats.service.web.reports;

import static uz.natlib.libstats.service.web.reports.ReportFixtures.analyst;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.admin;
import static uz.natlib.libstats.service.web.reports.ReportFixtures.bukhara;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Users;

@ServiceTest
class ReportsPageTest {

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

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String link(long id) {
        return "href=\"/reports/" + id + "/file\"";
    }

    @Test
    void analystAndAdminSeeEveryRegionsReportsNewestFirstWithTheOlderEdition() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {analyst(), admin()}) {
            String html = page("/reports", who);
            assertThat(html).contains("<form id=\"report-filters\"", "<table id=\"reports\"",
                    link(catalogue.bukhara()), link(catalogue.bukharaOlder()), link(catalogue.samarkand()),
                    link(catalogue.nation()), link(catalogue.samarkandDistrict()), "older edition", "current",
                    "Region, quarter", "Nation, quarter", "Buxoro");
            assertThat(html.indexOf(link(catalogue.bukhara()))).isLessThan(html.indexOf(link(catalogue.bukharaOlder())));
        }
    }

    @Test
    void eachRowSaysWhichRunItReflectsHowManyDistrictsHadReportedThenAndWhetherThatRunWasReplaced() throws Exception {
        String html = page("/reports?territory=1706", analyst());
        String current = html.substring(html.indexOf("data-id=\"" + catalogue.bukhara() + "\""));
        current = current.substring(0, current.indexOf("</tr>"));
        String older = html.substring(html.indexOf("data-id=\"" + catalogue.bukharaOlder() + "\""));
        older = older.substring(0, older.indexOf("</tr>"));
        int expected = catalogue.bukharaDistricts();
        assertThat(current).contains("run " + catalogue.runB(), "finished 2021-10-06 01:05", "2 of " + expected,
                "2021-10-06 02:00", "current").doesNotContain("replaced");
        assertThat(older).contains("run " + catalogue.runA(), "finished 2021-10-05 01:05", "1 of " + expected,
                "figures since replaced by run " + catalogue.runB(), "older edition");
    }

    @Test
    void aRegionalUserSeesItsRegionAndTheNationOnly() throws Exception {
        String html = page("/reports", bukhara());
        assertThat(html).contains(link(catalogue.bukhara()), link(catalogue.bukharaOlder()), link(catalogue.nation()))
                .doesNotContain(link(catalogue.samarkand()), link(catalogue.samarkandDistrict()));
        // Nor does its territory filter offer another region.
        assertThat(html).doesNotContain("value=\"1718\"").contains("value=\"1706\"", "value=\"17\"");
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(page("/reports?format=xlsx", analyst())).contains(link(catalogue.nation()))
                .doesNotContain(link(catalogue.bukhara()), link(catalogue.samarkand()));
        assertThat(page("/reports?year=2021&period=2021Q3&territory=1706&type=region-quarter&script=latn", analyst()))
                .contains(link(catalogue.bukhara()), link(catalogue.bukharaOlder()))
                .doesNotContain(link(catalogue.samarkand()), link(catalogue.nation()));
        assertThat(page("/reports?period=2021&type=district-profile", analyst())).contains(link(catalogue.samarkandDistrict()))
                .doesNotContain(link(catalogue.bukhara()));
        assertThat(page("/reports?year=2020", analyst())).contains("No report file matches").doesNotContain("<table id=\"reports\"");
        assertThat(page("/reports?script=cyrl", analyst())).contains(link(catalogue.nation())).doesNotContain(link(catalogue.bukhara()));
    }

    @Test
    void theCurrentAndTheOlderEditionAreDownloadedByIdWithAnAuditLine() throws Exception {
        mvc.perform(get("/reports/" + catalogue.bukhara() + "/file").with(bukhara()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename*=UTF-8''region-quarter_1706_latn.pdf")))
                .andExpect(content().string("%PDF Bukhara"));
        mvc.perform(get("/reports/" + catalogue.bukharaOlder() + "/file").with(bukhara()))
                .andExpect(status().isOk()).andExpect(content().string("%PDF older Bukhara"));
        mvc.perform(get("/reports/" + catalogue.nation() + "/file").with(bukhara()))
                .andExpect(status().isOk()).andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/reports/" + catalogue.samarkandDistrict() + "/file").with(analyst()))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"));
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'rep-bukhara' and action = 'download'"
                + " and target like :t").param("t", "report " + catalogue.bukharaOlder() + " %").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBukharaUserIsRefusedSamarkandsReportsAndTheRefusalIsRecorded() throws Exception {
        mvc.perform(get("/reports/" + catalogue.samarkand() + "/file").with(bukhara())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + catalogue.samarkandDistrict() + "/file").with(bukhara())).andExpect(status().isForbidden());
        mvc.perform(get("/reports?territory=1718").with(bukhara())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'rep-bukhara' and action = 'refused'"
                + " and target = :t").param("t", "GET /reports/" + catalogue.samarkand() + "/file").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void unknownIdsAre404AndBadIds400() throws Exception {
        mvc.perform(get("/reports/999999999/file").with(analyst())).andExpect(status().isNotFound());
        mvc.perform(get("/reports/-1/file").with(analyst())).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/abc/file").with(analyst())).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/" + "9".repeat(5000) + "/file").with(analyst())).andExpect(status().isBadRequest());
    }

    @Test
    void aPathOutsideTheDataFolderOrThroughASymbolicLinkIsNeverServed() throws Exception {
        for (long id : new long[] {catalogue.outside(), catalogue.symlink(), catalogue.linkedFolder()}) {
            String body = mvc.perform(get("/reports/" + id + "/file").with(analyst())).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("secret");
        }
    }

    @Test
    void badFiltersAre400WithAMessageInTheUsersLanguage() throws Exception {
        String[][] cases = {
            {"year=abc", "The year must be written with four digits", "Йил тўрт рақам билан", "Yil toʻrt raqam bilan"},
            {"period=2021Q9", "The period must be a quarter", "Давр 2021Q3 каби чорак", "Davr 2021Q3 kabi chorak"},
            {"territory=%3Cscript%3E", "The territory must be the SOATO code", "Ҳудуд СОАТО коди", "Hudud SOATO kodi"},
            {"territory=1799", "There is no territory with that SOATO code", "Бундай СОАТО кодли ҳудуд йўқ", "Bunday SOATO kodli hudud yoʻq"},
            {"type=" + "x".repeat(5000), "The report must be one of", "Ҳисобот қуйидагилардан бири", "Hisobot quyidagilardan biri"},
            {"format=doc", "The format must be pdf", "Формат pdf", "Format pdf"},
            {"page=0", "The page must be a whole number", "Саҳифа 1 дан", "Sahifa 1 dan"},
        };
        for (String[] c : cases) {
            String[] users = {"rep-analyst", "rep-cyrl", "rep-latn"};
            for (int i = 0; i < 3; i++) {
                String body = mvc.perform(get("/reports?" + c[0]).with(user(users[i]).roles("ANALYST")))
                        .andExpect(status().isBadRequest())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).as(c[0] + " for " + users[i]).contains(c[i + 1]).doesNotContain("<script>", "Exception");
            }
        }
    }

    @Test
    void pagesAreNamedInTheUsersLanguage() throws Exception {
        assertThat(page("/reports", user("rep-cyrl").roles("ANALYST"))).contains("Ҳисоботлар", "Юклаб олиш", "эски нашр");
        assertThat(page("/reports", user("rep-latn").roles("ANALYST"))).contains("Hisobotlar", "Yuklab olish", "eski nashr");
    }

    @Test
    void thePagerKeepsTheFilters() throws Exception {
        for (int i = 0; i < ReportsController.PAGE_SIZE; i++) {
            jdbc.sql("""
                            insert into report (report_type, period_code, territory_code, script, format, path, size_bytes,
                                                sha256, current)
                            values ('completeness', '2021Q3', '17', 'latn', 'csv', 'reports/none.csv', 1, :sha, false)""")
                    .param("sha", "1".repeat(64)).update();
        }
        String first = page("/reports?script=latn", analyst());
        assertThat(first).contains("href=\"/reports?script=latn&amp;page=2\"");
        String second = page("/reports?script=latn&page=2", analyst());
        assertThat(second).contains(link(catalogue.bukharaOlder()), "href=\"/reports?script=latn&amp;page=1\"");
    }

    @Test
    void signInIsNeeded() throws Exception {
        mvc.perform(get("/reports")).andExpect(status().isFound());
        mvc.perform(get("/reports/" + catalogue.bukhara() + "/file")).andExpect(status().isFound());
    }
}
