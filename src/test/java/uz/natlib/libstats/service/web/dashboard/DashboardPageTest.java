package uz.natlib.libstats.service.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/** The landing page with five Bukhara returns of 2021Q1 in the warehouse and two national reports catalogued. */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

    private static final List<String> FILES = List.of("1706204_olot-tumani_2021_Q1.xlsx",
            "1706207_buxoro-tumani_2021_Q1.xlsx", "1706212_vobkent-tumani_2021_Q1.xlsx",
            "1706215_gijduvon-tumani_2021_Q1.xlsx", "1706219_kogon-tumani_2021_Q1.xlsx");

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    InboxFolders folders;

    @Autowired
    IngestRuns ingest;

    @Autowired
    RunLock runLock;

    long latinReport;
    long cyrillicReport;
    long retiredReport;
    int bukharaDistricts;

    @BeforeAll
    void fiveBukharaReturnsAndTwoNationalReports() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        for (String file : FILES) {
            Path sample = Path.of("sample-input/1706-buxoro-viloyati").resolve(file);
            assertThat(sample).isRegularFile();
            Path dropped = Files.copy(sample, folders.inbox().resolve(file));
            // dropped an hour ago: the inbox leaves a file alone until it has settled
            Files.setLastModifiedTime(dropped, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(Duration.ofHours(1))));
        }
        runLock.during(Duration.ofMinutes(5), ingest::runOnce);
        assertThat(jdbc.sql("select count(*) from submission where status = 'accepted'").query(Long.class).single())
                .isEqualTo(FILES.size());
        String nation = jdbc.sql("select code from territory where level = 'nation'").query(String.class).single();
        latinReport = report(nation, "2021Q1", "latn", true);
        cyrillicReport = report(nation, "2021Q1", "cyrl", true);
        retiredReport = report(nation, "2020Q4", "latn", false);
        bukharaDistricts = jdbc.sql("select count(*) from territory where parent_code = '1706' and level = 'district'")
                .query(Integer.class).single();
        for (String[] user : new String[][] {{"dash-bukhara", "latn"}, {"dash-bukhara-cyrl", "cyrl"}}) {
            if (users.find(user[0]).isEmpty()) {
                users.add(user[0], Role.REGIONAL, "1706", "a long regional password", user[1]);
            }
        }
        if (users.find("dash-analyst").isEmpty()) {
            users.add("dash-analyst", Role.ANALYST, null, "a long analyst password", "en");
        }
    }

    @Test
    void aRegionalUserSeesEveryRegionWithItsOwnHighlighted() throws Exception {
        String page = page("dash-bukhara", "REGIONAL");
        String bukhara = row(page, "1706");
        String name = jdbc.sql("select name_latn from territory where code = '1706'").query(String.class).single();
        assertThat(bukhara).contains("aria-current=\"true\"", name, FILES.size() + " / " + bukharaDistricts)
                .contains("width=\"" + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * FILES.size() / bukharaDistricts)
                        + "\"");
        String samarkand = row(page, "1718");
        assertThat(samarkand).doesNotContain("aria-current").contains("0 / ", "width=\"0.0\"");
        // Today's quarter has no return: the page says it shows the latest quarter with returns instead.
        assertThat(page).contains("id=\"not-current\"", "2021Q1");
        assertThat(rows(page)).isEqualTo(jdbc.sql("select count(*) from territory where level = 'region'")
                .query(Integer.class).single());
        // No inline styles: the style-sheet policy would drop them.
        assertThat(page).doesNotContain("style=");
    }

    @Test
    void namesAreInTheUsersScript() throws Exception {
        String page = page("dash-bukhara-cyrl", "REGIONAL");
        String name = jdbc.sql("select name_cyrl from territory where code = '1706'").query(String.class).single();
        assertThat(row(page, "1706")).contains(name);
        assertThat(page).contains("href=\"/reports/" + cyrillicReport + "/file\"")
                .doesNotContain("href=\"/reports/" + latinReport + "/file\"");
    }

    @Test
    void anAnalystSeesTheCountsAndTheNewestNationalReports() throws Exception {
        String page = page("dash-analyst", "ANALYST");
        assertThat(page).doesNotContain("aria-current")
                .contains("id=\"returns-total\"", FILES.size() + " of ")
                .contains("href=\"/reports/" + latinReport + "/file\"", "Nation, quarter · 2021Q1 · PDF")
                .doesNotContain("href=\"/reports/" + retiredReport + "/file\"", "href=\"/reports/" + cyrillicReport + "/file\"");
    }

    @Test
    void theJobsPageShowsTheIngestRunAndWhatBecameOfItsFiles() throws Exception {
        String page = mvc.perform(get("/jobs").with(user("dash-analyst").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long run = jdbc.sql("select max(ingest_execution) from submission").query(Long.class).single();
        String row = page.substring(page.indexOf("id=\"run-" + run + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Inbox", "completed", FILES.size() + " accepted, 0 rejected, 0 duplicate");
        String metrics = mvc.perform(get("/actuator/prometheus").with(user("dash-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(metrics).contains("libstats_files_total{outcome=\"accepted\"} " + FILES.size() + ".0")
                // Spring Batch 6's own observations time every job: the job durations the issue asks for
                .containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"ingestJob\"");
    }

    private long report(String nation, String period, String script, boolean current) {
        return jdbc.sql("""
                        insert into report (report_type, period_code, territory_code, script, format, path, size_bytes,
                                            sha256, current)
                        values ('nation-quarter', :period, :nation, :script, 'pdf', :path, 1, :sha, :current)
                        returning id""")
                .param("period", period).param("nation", nation).param("script", script)
                .param("path", "reports/test-" + period + "-" + script + ".pdf").param("sha", "0".repeat(64))
                .param("current", current)
                .query(Long.class).single();
    }

    private String page(String name, String role) throws Exception {
        return mvc.perform(get("/").with(user(name).roles(role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String row(String page, String region) {
        Matcher m = Pattern.compile("<div class=\"bar-row\" id=\"region-" + region + "\".*?<span class=\"number\">[^<]*</span>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("row of region " + region).isTrue();
        return m.group();
    }

    private static int rows(String page) {
        return (int) Pattern.compile("class=\"bar-row\"").matcher(page).results().count();
    }
}
