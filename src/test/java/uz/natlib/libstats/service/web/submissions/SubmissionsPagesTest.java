package uz.natlib.libstats.service.web.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.schedule.ServiceJob;
import uz.natlib.libstats.service.schedule.ServiceRuns;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/**
 * The submissions pages on a few real files (two good Bukhara returns, a flawed one) and a
 * Samarkand row: states by region and district, a file's findings in each language, its
 * feedback and history, and the refusals.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsPagesTest {

    static final String PASSWORD = "a password of 10+ chars";

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
    ServiceRuns runs;

    long accepted;
    long rejected;
    long samarkand;

    @BeforeAll
    void someFiles() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        addUser("sub-bukhara-en", Role.REGIONAL, "1706", "en");
        addUser("sub-bukhara-cyrl", Role.REGIONAL, "1706", "cyrl");
        addUser("sub-bukhara-latn", Role.REGIONAL, "1706", "latn");
        addUser("sub-analyst", Role.ANALYST, null, "en");
        addUser("sub-samarkand-en", Role.REGIONAL, "1718", "en");
        addUser("sub-samarkand-cyrl", Role.REGIONAL, "1718", "cyrl");
        addUser("sub-samarkand-latn", Role.REGIONAL, "1718", "latn");
        Path inbox = folders.inbox();
        for (String name : List.of("1706-buxoro-viloyati/1706204_olot-tumani_2021_Q1.xlsx",
                "1706-buxoro-viloyati/1706207_buxoro-tumani_2021_Q1.xlsx", "flawed/e06_not_a_number.xlsx")) {
            Path to = inbox.resolve(Path.of(name).getFileName().toString());
            Files.copy(Path.of("sample-input").resolve(name), to);
            Files.setLastModifiedTime(to, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        runs.run(ServiceJob.INGEST, "test");
        accepted = jdbc.sql("select id from submission where original_name like '1706204%'").query(Long.class).single();
        rejected = jdbc.sql("select id from submission where original_name = 'e06_not_a_number.xlsx'")
                .query(Long.class).single();
        // The flawed samples are Samarkand's (1718).
        samarkand = rejected;
    }

    private void addUser(String name, Role role, String region, String language) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, region, PASSWORD, language);
        }
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private String page(String url, String name, String role) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(name, role))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAnalystSeesEveryRegionAndBukharasDistrictsWithTheirStates() throws Exception {
        String overview = page("/submissions?period=2021Q1", "sub-analyst", "ANALYST");
        assertThat(Html.elements(overview, "tr", "data-region", null)).hasSizeGreaterThan(10);
        assertThat(Html.elements(overview, "tr", "data-region", "1718")).hasSize(1);
        String bukharaRow = Html.element(overview, "tr", "data-region", "1706");
        assertThat(Html.text(Html.element(bukharaRow, "td", "data-state", "accepted"))).isEqualTo("2");

        String bukhara = page("/submissions?period=2021Q1&region=1706", "sub-analyst", "ANALYST");
        String olot = Html.element(bukhara, "tr", "data-district", "1706204");
        assertThat(Html.attribute(olot, "data-state")).isEqualTo("accepted");
        assertThat(olot).contains("href=\"/submissions/" + accepted + "\"");
        assertThat(Html.elements(bukhara, "tr", "data-state", "missing")).isNotEmpty();
    }

    @Test
    void aRegionalUserSeesOnlyItsOwnRegionAndIsRefusedAnother() throws Exception {
        String overview = page("/submissions?period=2021Q1", "sub-bukhara-en", "REGIONAL");
        assertThat(Html.elements(overview, "tr", "data-region", null)).hasSize(1);
        assertThat(Html.elements(overview, "tr", "data-region", "1706")).hasSize(1);
        assertThat(Html.elements(overview, "tr", "data-district", "1706204")).hasSize(1);

        mvc.perform(get("/submissions?period=2021Q1&region=1718").with(as("sub-bukhara-en", "REGIONAL")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/submissions/" + samarkand).with(as("sub-bukhara-en", "REGIONAL")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/submissions/" + samarkand + "/feedback").with(as("sub-bukhara-en", "REGIONAL")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'sub-bukhara-en' and action = 'refused'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        // The analyst and Samarkand's own users may.
        page("/submissions/" + samarkand, "sub-analyst", "ANALYST");
        page("/submissions/" + samarkand, "sub-samarkand-en", "REGIONAL");
        mvc.perform(get("/submissions/" + samarkand + "/feedback").with(as("sub-analyst", "ANALYST")))
                .andExpect(status().isOk());
    }

    @Test
    void aRejectedFilesFindingsAreShownInEachLanguageAndTheValueSeenAsSent() throws Exception {
        record Expected(String user, String column) {
        }
        for (Expected e : List.of(new Expected("sub-samarkand-en", "message_en"),
                new Expected("sub-samarkand-cyrl", "message_cyrl"), new Expected("sub-samarkand-latn", "message_latn"))) {
            String details = page("/submissions/" + rejected, e.user(), "REGIONAL");
            assertThat(Html.attribute(Html.element(details, "div", "id", "outcome"), "data-outcome"))
                    .isEqualTo("rejected");
            List<String> expected = jdbc.sql("select " + e.column() + " from validation_finding where submission_id = ?")
                    .param(rejected).query(String.class).list();
            assertThat(expected).isNotEmpty();
            List<String> shown = Html.elements(details, "td", "class", "message").stream().map(Html::text).toList();
            assertThat(shown).as(e.user()).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(m -> m.replaceAll("\\s+", " ").strip()).toList());
            String notANumber = Html.element(details, "tr", "data-rule", "NotANumber");
            assertThat(Html.text(Html.element(notANumber, "td", "class", "value-seen"))).isEqualTo("много");
            assertThat(Html.attribute(Html.element(details, "a", "class", "feedback"), "href"))
                    .isEqualTo("/submissions/" + rejected + "/feedback");
            assertThat(Html.elements(details, "tr", "data-submission", Long.toString(rejected))).hasSize(1);
        }
    }

    @Test
    void theFeedbackWorkbookIsDownloadedAndTheDownloadRecorded() throws Exception {
        MvcResult result = mvc.perform(get("/submissions/" + rejected + "/feedback").with(as("sub-samarkand-en", "REGIONAL")))
                .andExpect(status().isOk()).andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(new String(body, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment").contains("e06_not_a_number.xlsx.feedback.xlsx");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'sub-samarkand-en' and action = 'download'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        // An accepted file without findings has its feedback as text.
        MvcResult text = mvc.perform(get("/submissions/" + accepted + "/feedback").with(as("sub-analyst", "ANALYST")))
                .andExpect(status().isOk()).andReturn();
        assertThat(text.getResponse().getContentType()).startsWith("text/plain");
    }

    @Test
    void anAcceptedFileShowsItsHistory() throws Exception {
        String details = page("/submissions/" + accepted, "sub-bukhara-latn", "REGIONAL");
        assertThat(Html.attribute(Html.element(details, "div", "id", "outcome"), "data-outcome"))
                .isIn("accepted", "warnings");
        assertThat(Html.elements(details, "tr", "data-submission", null)).hasSize(1);
        assertThat(Html.text(Html.element(details, "table", "id", "file"))).contains("Olot");
    }

    @Test
    void badParametersGetA4xxInTheUsersLanguage() throws Exception {
        for (String url : List.of("/submissions?period=2021Q9", "/submissions?period=abc",
                "/submissions?period=" + "9".repeat(5000), "/submissions?period=1000",
                "/submissions?region=abc", "/submissions?region=9999", "/submissions?region=1706204",
                "/submissions/abc", "/submissions/99999999999999999999999", "/submissions/1e3/feedback")) {
            String body = mvc.perform(get(url).with(as("sub-bukhara-cyrl", "REGIONAL")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(url).contains("Сўров нотўғри").doesNotContain("Exception");
        }
        mvc.perform(get("/submissions/987654321").with(as("sub-analyst", "ANALYST"))).andExpect(status().isNotFound());
        mvc.perform(get("/submissions/-1/feedback").with(as("sub-analyst", "ANALYST"))).andExpect(status().isNotFound());
        String period = mvc.perform(get("/submissions?period=2021Q9").with(as("sub-analyst", "ANALYST")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(period).contains("The period is not valid");
    }

    @Test
    void theDefaultPeriodIsTheLatestWithReturns() throws Exception {
        String latest = jdbc.sql("select max(period_code) from submission where kind = 'return'").query(String.class)
                .single();
        String overview = page("/submissions", "sub-analyst", "ANALYST");
        assertThat(Html.element(overview, "option", "selected", "selected")).contains("value=\"" + latest + "\"");
    }
}
