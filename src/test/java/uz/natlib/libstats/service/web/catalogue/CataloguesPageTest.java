package uz.natlib.libstats.service.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.catalogue.CatalogueCsv;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/**
 * The administrators' page of the indicator tables: the list, the CSV download, the import with
 * every finding of a refused table, and the refusals. Tables are imported for 2097, a year no other
 * test uses, and removed again after each test (the tests share one database).
 */
@ServiceTest
class CataloguesPageTest {

    private static final int YEAR = 2097;
    private static final String HEADER = "code,section,parent_code,breakdown,label_cyrl,label_en,measures,aggregation,"
            + "periodicity,plan,qualitative\n";
    private static final String ONE_ROW = HEADER + "1.1,I,,,Жами фонд,Total collection,titles|copies,stock,quarterly,false,false\n";
    private static final String TWO_ROWS = HEADER
            + "1.1,I,,partial,Жами фонд,Total collection,titles|copies,stock,quarterly,false,false\n"
            + "1.1.01,I,1.1,,шундан болалар адабиёти,of which children's books,titles|copies,stock,quarterly,false,false\n";
    /** Line 3 has no English label, line 4 an aggregation that does not exist. */
    private static final String FLAWED = HEADER
            + "1.1,I,,,Жами фонд,Total collection,titles|copies,stock,quarterly,false,false\n"
            + "1.2,I,,,Китоблар,,titles|copies,stock,quarterly,false,false\n"
            + "1.3,I,,,Журналлар,Journals,titles|copies,sometimes,quarterly,false,false\n";

    private static final RequestPostProcessor ADMIN = user("cat-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void people() {
        add("cat-admin", Role.ADMIN, null, "en");
        add("cat-admin-cyrl", Role.ADMIN, null, "cyrl");
        add("cat-admin-latn", Role.ADMIN, null, "latn");
        add("cat-analyst", Role.ANALYST, null, "en");
        add("cat-bukhara", Role.REGIONAL, "1706", "en");
        removeFarYear();
    }

    @AfterEach
    void removeFarYear() {
        jdbc.sql("delete from indicator_measure where indicator_id in (select id from indicator where year = ?)")
                .param(YEAR).update();
        jdbc.sql("delete from indicator where year = ?").param(YEAR).update();
        jdbc.sql("delete from section where year = ?").param(YEAR).update();
        jdbc.sql("delete from catalogue_year where year = ?").param(YEAR).update();
    }

    private void add(String name, Role role, String region, String language) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, region, "a long catalogue password", language);
        }
    }

    @Test
    void anAdministratorSeesTheTablesAndTheImportForm() throws Exception {
        String page = body(mvc.perform(get("/admin/catalogues").with(ADMIN)).andExpect(status().isOk()));
        assertThat(page).contains("<h1>Indicator tables</h1>", "id=\"catalogue-2021\"", "loaded by a migration",
                "href=\"/admin/catalogues/2021.csv\"", "id=\"import-form\"", "enctype=\"multipart/form-data\"",
                "name=\"_csrf\"", "name=\"year\"", "name=\"file\"", "href=\"/admin/catalogues\"");
        // The administrators' navigation leads here, from any page.
        assertThat(body(mvc.perform(get("/jobs").with(ADMIN)).andExpect(status().isOk())))
                .contains("href=\"/admin/catalogues\"");
    }

    @Test
    void anAnalystAndARegionalUserAreRefusedAndSeeNoLink() throws Exception {
        for (String name : new String[] {"cat-analyst", "cat-bukhara"}) {
            RequestPostProcessor who = user(name).roles(name.equals("cat-analyst") ? "ANALYST" : "REGIONAL");
            mvc.perform(get("/admin/catalogues").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/catalogues/2021.csv").with(who)).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", ONE_ROW)).param("year", "" + YEAR)
                    .with(csrf()).with(who)).andExpect(status().isForbidden());
            assertThat(body(mvc.perform(get("/jobs").with(who)).andExpect(status().isOk())))
                    .doesNotContain("/admin/catalogues");
        }
        assertThat(exists()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'cat-analyst' and action = 'refused'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aSmallTableIsImportedListedDownloadedReplacedAndAudited() throws Exception {
        mvc.perform(multipart("/admin/catalogues").file(csv("table-2097.csv", ONE_ROW)).param("year", "" + YEAR)
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/catalogues"))
                .andExpect(flash().attribute("importedYear", "2097")).andExpect(flash().attribute("importedRows", "1"))
                .andExpect(flash().attribute("replaced", false));
        assertThat(exists()).isTrue();
        assertThat(jdbc.sql("select imported_by from catalogue_year where year = ?").param(YEAR).query(String.class)
                .single()).isEqualTo("web: cat-admin");

        String page = body(mvc.perform(get("/admin/catalogues").with(ADMIN).flashAttr("importedYear", "2097")
                .flashAttr("importedRows", "1").flashAttr("replaced", false)).andExpect(status().isOk()));
        assertThat(page).contains("id=\"catalogue-imported\" class=\"notice good\">Imported the 2097 table: 1 rows.",
                "id=\"catalogue-2097\"", "web: cat-admin", "href=\"/admin/catalogues/2097.csv\"");
        String row = page.substring(page.indexOf("id=\"catalogue-2097\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">1</td>", "can be replaced").doesNotContain("locked");

        MvcResult download = mvc.perform(get("/admin/catalogues/2097.csv").with(ADMIN)).andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"catalogue-2097.csv\"");
        String csv = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).contains(String.join(",", CatalogueCsv.COLUMNS));
        assertThat(csv).contains("1.1,,I,,,Жами фонд,", ",Total collection,", ",titles|copies,stock,quarterly,");
        assertThat(csv.lines().count()).isEqualTo(2);

        // The table downloaded imports again (it is replaced: no return of 2097 was accepted).
        mvc.perform(multipart("/admin/catalogues").file(csv("catalogue-2097.csv", TWO_ROWS)).param("year", "2097")
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isFound()).andExpect(flash().attribute("importedRows", "2"))
                .andExpect(flash().attribute("replaced", true));
        assertThat(body(mvc.perform(get("/admin/catalogues").with(ADMIN).flashAttr("importedYear", "2097")
                .flashAttr("importedRows", "2").flashAttr("replaced", true))))
                .contains("Replaced the 2097 table: 2 rows.");
        assertThat(jdbc.sql("select target from audit_event where username = 'cat-admin' and action = 'catalogue_import'"
                + " order by id desc limit 2").query(String.class).list())
                .containsExactly("catalogue 2097 from catalogue-2097.csv: replaced, 2 rows",
                        "catalogue 2097 from table-2097.csv: imported, 1 rows");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'cat-admin' and action = 'download'"
                + " and target = 'catalogue 2097 catalogue-2097.csv'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDownloadIsTheTableAsTheCommandExportsIt() throws Exception {
        String csv = body(mvc.perform(get("/admin/catalogues/2021.csv").with(ADMIN)).andExpect(status().isOk()));
        assertThat(csv.lines().findFirst()).contains(String.join(",", CatalogueCsv.COLUMNS));
        assertThat(csv.lines().count()).isGreaterThan(100);
        for (String path : new String[] {"/admin/catalogues/1999.csv", "/admin/catalogues/2096.csv",
                "/admin/catalogues/..%2F..%2Fetc%2Fpasswd.csv", "/admin/catalogues/20211.csv"}) {
            mvc.perform(get(path).with(ADMIN)).andExpect(status().is4xxClientError());
        }
    }

    @Test
    void aFlawedTableIsRefusedWithEveryFindingAndItsRowInTheUsersLanguage() throws Exception {
        String hostile = "../../<img src=x onerror=alert(1)>\u202Etable.csv";
        String page = body(mvc.perform(multipart("/admin/catalogues").file(csv(hostile, FLAWED))
                        .param("year", "" + YEAR).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(exists()).isFalse();
        assertThat(page).contains("id=\"catalogue-refused\"", "The 2097 table was not imported",
                "data-row=\"3\"", "data-row=\"4\"", "The English label (label_en) is missing.", ">1.2</td>",
                ">1.3</td>", "value=\"2097\"")
                .doesNotContain("<img src=x", "data-row=\"2\"");
        String audited = jdbc.sql("select target from audit_event where username = 'cat-admin'"
                + " and action = 'catalogue_import' order by id desc limit 1").query(String.class).single();
        assertThat(audited).startsWith("catalogue 2097 from <img src=x onerror=alert(1)>\\u202Etable.csv: refused, 2 findings")
                .doesNotContain("\u202E");
        assertThat(jdbc.sql("select outcome from audit_event where username = 'cat-admin'"
                + " and action = 'catalogue_import' order by id desc limit 1").query(String.class).single())
                .isEqualTo("refused");

        String cyrillic = body(mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", FLAWED))
                .param("year", "" + YEAR).with(csrf()).with(user("cat-admin-cyrl").roles("ADMIN")))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(cyrillic).contains("Инглизча ном (label_en) йўқ.", "2097 йил жадвали импорт қилинмади",
                "Топилган муаммолар");
        String latin = body(mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", FLAWED))
                .param("year", "" + YEAR).with(csrf()).with(user("cat-admin-latn").roles("ADMIN")))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(latin).contains("Inglizcha nom (label_en) yoʻq.", "2097 yil jadvali import qilinmadi");
    }

    @Test
    void aBadYearAMissingFileOrAWrongTypeIsSaidClearlyNeverA500() throws Exception {
        for (String year : new String[] {"abc", "1999", "2101", "", "20 97", "2097.5", "-2097", "9".repeat(5000)}) {
            String page = body(mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", ONE_ROW))
                    .param("year", year).with(csrf()).with(ADMIN)).andExpect(status().isBadRequest()));
            assertThat(page).as(year).contains("id=\"catalogue-error\"",
                    "The year must be a whole number from 2000 to 2100.");
        }
        mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", ONE_ROW)).with(csrf()).with(ADMIN))
                .andExpect(status().isBadRequest());
        String noFile = body(mvc.perform(multipart("/admin/catalogues").param("year", "" + YEAR).with(csrf())
                .with(ADMIN)).andExpect(status().isBadRequest()));
        assertThat(noFile).contains("Choose the table file");
        // The file under another field's name is no file.
        mvc.perform(multipart("/admin/catalogues").file(new MockMultipartFile("upload", "t.csv", "text/csv",
                ONE_ROW.getBytes(StandardCharsets.UTF_8))).param("year", "" + YEAR).with(csrf()).with(ADMIN))
                .andExpect(status().isBadRequest());
        // A browser's empty file input: no name, no bytes.
        mvc.perform(multipart("/admin/catalogues").file(new MockMultipartFile("file", "", "application/octet-stream",
                new byte[0])).param("year", "" + YEAR).with(csrf()).with(ADMIN)).andExpect(status().isBadRequest());
        String wrongType = body(mvc.perform(multipart("/admin/catalogues").file(csv("table.txt", ONE_ROW))
                .param("year", "" + YEAR).with(csrf()).with(ADMIN)).andExpect(status().isUnsupportedMediaType()));
        assertThat(wrongType).contains("The table must be a .csv or .xlsx file.");
        String empty = body(mvc.perform(multipart("/admin/catalogues").file(csv("empty.csv", ""))
                .param("year", "" + YEAR).with(csrf()).with(ADMIN)).andExpect(status().isUnprocessableEntity()));
        assertThat(empty).contains("The file is empty (0 bytes).", "whole file");
        String large = body(mvc.perform(multipart("/admin/catalogues").file(csv("big.csv", HEADER + "x".repeat(3 << 20)))
                .param("year", "" + YEAR).with(csrf()).with(ADMIN)).andExpect(status().isPayloadTooLarge()));
        assertThat(large).contains("larger than 2 MB");
        mvc.perform(get("/admin/catalogues").with(ADMIN).param("year", "abc")).andExpect(status().isOk());
        assertThat(exists()).isFalse();
    }

    @Test
    void theImportNeedsTheCsrfToken() throws Exception {
        mvc.perform(multipart("/admin/catalogues").file(csv("t.csv", ONE_ROW)).param("year", "" + YEAR).with(ADMIN))
                .andExpect(status().isForbidden());
        assertThat(exists()).isFalse();
    }

    @Test
    void everyTextHasAMessageInBothScripts() throws Exception {
        for (String name : new String[] {"cat-admin-cyrl", "cat-admin-latn"}) {
            RequestPostProcessor who = user(name).roles("ADMIN");
            String page = body(mvc.perform(get("/admin/catalogues").with(who).flashAttr("importedYear", "2097")
                    .flashAttr("importedRows", "1").flashAttr("replaced", false)).andExpect(status().isOk()));
            assertThat(page).as(name).doesNotContain("??", "{0}", "{1}")
                    .contains(name.endsWith("cyrl") ? "Кўрсаткичлар жадваллари" : "Koʻrsatkichlar jadvallari");
            for (String year : new String[] {"abc", "2097"}) {
                String refused = body(mvc.perform(multipart("/admin/catalogues").file(csv("t.txt", ONE_ROW))
                        .param("year", year).with(csrf()).with(who)).andExpect(status().is4xxClientError()));
                assertThat(refused).as(name + " " + year).doesNotContain("??", "{0}");
            }
            String audit = body(mvc.perform(get("/audit").with(who)).andExpect(status().isOk()));
            assertThat(audit).doesNotContain("??");
        }
    }

    private boolean exists() {
        return jdbc.sql("select count(*) from catalogue_year where year = ?").param(YEAR).query(Long.class).single() > 0;
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
