package uz.natlib.libstats.service.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.web.submissions.Html;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/**
 * Uploads through the page and the API, with the scheduler started: the upload starts the
 * inbox's job through Quartz, exactly as in the service, and waits for its verdict.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadTest {

    static final String PASSWORD = "a password of 10+ chars";
    static final Path BUKHARA = Path.of("sample-input/1706-buxoro-viloyati");
    static final Path FLAWED = Path.of("sample-input/flawed");

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
    Scheduler scheduler;

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    void startedService() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        addUser("up-bukhara", Role.REGIONAL, "1706", "en");
        addUser("up-samarkand-en", Role.REGIONAL, "1718", "en");
        addUser("up-samarkand-cyrl", Role.REGIONAL, "1718", "cyrl");
        addUser("up-samarkand-latn", Role.REGIONAL, "1718", "latn");
        addUser("up-analyst", Role.ANALYST, null, "en");
        addUser("up-admin", Role.ADMIN, null, "en");
        // The real path: the upload fires the inbox's Quartz job. Left started, as the service runs.
        scheduler.start();
    }

    private void addUser(String name, Role role, String region, String language) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, region, PASSWORD, language);
        }
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private static MockMultipartFile file(Path path) throws Exception {
        return new MockMultipartFile("file", path.getFileName().toString(), "application/octet-stream",
                Files.readAllBytes(path));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    /** Uploads on the page; returns the page the upload leads to, seen in the same session. */
    private String uploaded(MockMultipartFile file, String name, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(multipart("/upload").file(file).with(csrf()).with(as(name, "REGIONAL"))
                        .session(session))
                .andExpect(status().isFound()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/submissions/\\d+");
        return mvc.perform(get(location).with(as(name, "REGIONAL")).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String outcome(String page) {
        return Html.attribute(Html.element(page, "div", "id", "outcome"), "data-outcome");
    }

    @Test
    void aBukharaUserUploadsAReturnAndSeesItAcceptedThenTheSameFileAgainAsADuplicate() throws Exception {
        long started = System.nanoTime();
        MockHttpSession session = new MockHttpSession();
        String page = uploaded(file(BUKHARA.resolve("1706204_olot-tumani_2021_Q1.xlsx")), "up-bukhara", session);
        assertThat(outcome(page)).isIn("accepted", "warnings");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(30);
        assertThat(Html.text(Html.element(page, "table", "id", "file"))).contains("1706204_olot-tumani_2021_Q1.xlsx",
                "2021Q1");
        assertThat(page).contains("class=\"feedback\"");
        // Stored by the inbox under its upload name; nothing left behind in the inbox.
        try (Stream<Path> archived = Files.walk(folders.archive())) {
            assertThat(archived.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("upload-\\d{8}-\\d{6}-[0-9a-f]{8}-1706204_olot-tumani_2021_Q1\\.xlsx"));
        }
        assertThat(inboxFiles()).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where username = 'up-bukhara' and action = 'upload'
                        and outcome = 'ok' and target like '%1706204_olot-tumani_2021_Q1.xlsx%accepted%'""")
                .query(Long.class).single()).isEqualTo(1);

        String again = uploaded(file(BUKHARA.resolve("1706204_olot-tumani_2021_Q1.xlsx")), "up-bukhara", session);
        assertThat(outcome(again)).isEqualTo("duplicate");
    }

    @Test
    void aFlawedFileIsRejectedWithItsFindingsInEachLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = uploaded(file(FLAWED.resolve("e07_negative_value.xlsx")), "up-samarkand-en", session);
        assertThat(outcome(page)).isEqualTo("rejected");
        long id = jdbc.sql("select max(id) from submission where original_name like 'upload-%-e07_negative_value.xlsx'")
                .query(Long.class).single();
        for (String[] language : new String[][] {{"up-samarkand-en", "message_en"},
                {"up-samarkand-cyrl", "message_cyrl"}, {"up-samarkand-latn", "message_latn"}}) {
            String shown = mvc.perform(get("/submissions/" + id).with(as(language[0], "REGIONAL")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> expected = jdbc.sql("select " + language[1] + " from validation_finding where submission_id = ?")
                    .param(id).query(String.class).list();
            assertThat(expected).isNotEmpty();
            assertThat(Html.elements(shown, "tr", "data-rule", "NegativeValue")).isNotEmpty();
            assertThat(Html.elements(shown, "td", "class", "message").stream().map(Html::text).toList())
                    .as(language[0]).containsExactlyInAnyOrderElementsOf(
                            expected.stream().map(m -> m.replaceAll("\\s+", " ").strip()).toList());
        }
    }

    @Test
    void anythingButAWorkbookOrCsvIsRefusedClearlyAndNeverReachesTheInbox() throws Exception {
        String notExcel = refused(file(FLAWED.resolve("x3_not_excel.xlsx")), 415);
        assertThat(notExcel).contains("not an Excel workbook");
        refused(file("report.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1'}), 415);
        refused(file("table.csv", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}), 415);
        refused(file("noextension", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}), 415);
        assertThat(refused(file("empty.xlsx", new byte[0]), 400)).contains("The file is empty");
        byte[] large = new byte[(int) Uploads.MAX_BYTES + 1];
        large[0] = 0x50;
        large[1] = 0x4B;
        large[2] = 0x03;
        large[3] = 0x04;
        assertThat(refused(file("large.xlsx", large), 413)).contains("larger than 10 MB");
        assertThat(inboxFiles()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'up-bukhara' and action = 'upload' and outcome = 'refused'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    private String refused(MockMultipartFile file, int status) throws Exception {
        String body = mvc.perform(multipart("/upload").file(file).with(csrf()).with(as("up-bukhara", "REGIONAL")))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("id=\"refusal\"");
        return body;
    }

    @Test
    void aBukharaUserCannotUploadASamarkandFile() throws Exception {
        String body = mvc.perform(multipart("/upload").file(file(FLAWED.resolve("e06_not_a_number.xlsx"))).with(csrf())
                        .with(as("up-bukhara", "REGIONAL")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("another region").contains("data-code=\"other_region\"");
        assertThat(inboxFiles()).isEmpty();
    }

    @Test
    void anUploadNotTakenWithinTheWaitIsShownQueuedAndItsOutcomeFoundLater() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String queued;
        scheduler.standby();
        try {
            queued = mvc.perform(multipart("/upload").file(file(BUKHARA.resolve("1706212_vobkent-tumani_2021_Q1.xlsx")))
                            .with(csrf()).with(as("up-bukhara", "REGIONAL")).session(session))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } finally {
            scheduler.start();
        }
        assertThat(outcome(queued)).isEqualTo("queued");
        String again = Html.attribute(Html.element(queued, "a", "id", "refresh"), "href");
        assertThat(again).matches("/upload/pending/[0-9a-f]{16}");
        assertThat(queued).contains("http-equiv=\"refresh\"", "content=\"5;url=" + again + "\"");
        long deadline = System.nanoTime() + 60_000_000_000L;
        String location = null;
        while (location == null && System.nanoTime() < deadline) {
            MvcResult result = mvc.perform(get(again).with(as("up-bukhara", "REGIONAL")).session(session)).andReturn();
            location = result.getResponse().getRedirectedUrl();
            if (location == null) {
                assertThat(result.getResponse().getStatus()).isEqualTo(202);
                Thread.sleep(500);
            }
        }
        assertThat(location).matches("/submissions/\\d+");
        // Another session has no such token.
        mvc.perform(get(again).with(as("up-bukhara", "REGIONAL"))).andExpect(status().isNotFound());
    }

    @Test
    void aQueuedUploadIsLookedUpOnlyByATokenOfThisSession() throws Exception {
        for (String token : List.of("0123456789abcdef", "nottoken", "0123456789ABCDEF", "x".repeat(3000))) {
            mvc.perform(get("/upload/pending/" + token).with(as("up-bukhara", "REGIONAL")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anAnalystDoesNotUpload() throws Exception {
        mvc.perform(get("/upload").with(as("up-analyst", "ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/upload").file(file(BUKHARA.resolve("1706204_olot-tumani_2021_Q2.xlsx"))).with(csrf())
                .with(as("up-analyst", "ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/upload").with(as("up-bukhara", "REGIONAL"))).andExpect(status().isOk());
        mvc.perform(get("/upload").with(user("up-admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theApiTakesAFileTheSameWayAndAnswersWithTheOutcomeAndFindings() throws Exception {
        String accepted = mvc.perform(multipart("/api/submissions").file(file(BUKHARA.resolve("1706207_buxoro-tumani_2021_Q2.xlsx")))
                        .with(httpBasic("up-bukhara", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(accepted).contains("\"status\":\"accepted\"", "\"district\":\"1706207\"", "\"period\":\"2021Q2\"",
                "\"findings\":[");

        String rejected = mvc.perform(multipart("/api/submissions").file(file(FLAWED.resolve("e08_fractional_count.xlsx")))
                        .with(httpBasic("up-samarkand-en", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rejected).contains("\"status\":\"rejected\"", "\"rule\":\"FractionalCount\"", "\"severity\":\"error\"",
                "\"message_cyrl\"", "\"message_latn\"", "\"message_en\"", "\"value_seen\"", "\"cell\"", "\"sheet\"");

        String notExcel = mvc.perform(multipart("/api/submissions").file(file(FLAWED.resolve("x3_not_excel.xlsx")))
                        .with(httpBasic("up-bukhara", PASSWORD)))
                .andExpect(status().isUnsupportedMediaType()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notExcel).contains("\"error\":\"not_a_workbook\"", "Бу Excel файли", "Bu Excel fayli",
                "not an Excel workbook");

        mvc.perform(multipart("/api/submissions").file(file(FLAWED.resolve("e06_not_a_number.xlsx")))
                .with(httpBasic("up-bukhara", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/submissions").file(file(BUKHARA.resolve("1706204_olot-tumani_2021_Q3.xlsx")))
                .with(httpBasic("up-analyst", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/submissions").with(httpBasic("up-bukhara", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    /** Spring's own multipart limit, over real HTTP (MockMvc does not apply it). */
    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String boundary = "libstats-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("up-bukhara:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("Exception").contains("\"status\":413", "\"error\":\"too_large\"",
                "larger than 10 MB");
        assertThat(inboxFiles()).isEmpty();
    }

    /** The same on the page, signed in with a browser's session and CSRF token, over real HTTP. */
    @Test
    void thePageSaysAFileOverTheLimitIsTooLarge() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = Html.attribute(Html.elements(login, "input", "name", "_csrf").get(0) + ">", "value");
        String form = "username=up-bukhara&password=" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + token;
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/upload")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/upload\\?_csrf=[^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        String boundary = "libstats-page-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + Html.unescape(action.group(1))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 10 MB").doesNotContain("Exception");
        assertThat(inboxFiles()).isEmpty();
    }

    private List<Path> inboxFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(folders.inbox())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
