package uz.natlib.libstats.service.timing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.tools.samples.SamplesCommand;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;
import uz.natlib.libstats.vocabulary.Script;

/**
 * How fast every page and API answers with twenty years of national history in the warehouse
 * (the national 2021 sample loaded for real, copied to 2002–2020 in SQL: {@link TwentyYears}).
 * A benchmark, not a test: it runs only with {@code -Dpage.timings=true}, and measures in the
 * same run the floor of a page that does nothing (the sign-in page), so that the numbers can be
 * read against this machine's speed. Writes {@code target/page-timings.txt}.
 *
 * <pre>./mvnw -q test -Dtest=PageTimingsTest -Dpage.timings=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@ServiceTest
@EnabledIfSystemProperty(named = "page.timings", matches = "true")
class PageTimingsTest {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 30;
    private static final String PASSWORD = "timing password 1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    IngestRuns ingest;

    @Autowired
    PipelineRuns pipeline;

    @Autowired
    SamplesCommand samples;

    @Autowired
    Users users;

    @TempDir
    Path temp;

    @Test
    void everyPageWithTwentyYearsOfNationalHistory() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        long started = System.nanoTime();
        Path national = temp.resolve("national");
        samples.run(CommandLineFace.arguments(SamplesCommand.Arguments.class, "--out", national.toString(),
                "--regions", "all", "--years", "2021"), System.out);
        ingest.copyIntoInbox(national);
        PipelineRuns.Result loaded = pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV));
        TwentyYears.copy(jdbc, 2021, 19);
        long built = (System.nanoTime() - started) / 1_000_000;
        String size = jdbc.sql("""
                select format('%s submissions, %s values, %s consolidated figures, %s report rows, %s years',
                    (select count(*) from submission), (select count(*) from data_value),
                    (select count(*) from consolidated_value), (select count(*) from report),
                    (select count(distinct year) from consolidated_value))""").query(String.class).single();

        for (String name : List.of("timing-analyst", "timing-admin", "timing-bukhara")) {
            if (users.find(name).isEmpty()) {
                Role role = name.endsWith("admin") ? Role.ADMIN : name.endsWith("analyst") ? Role.ANALYST : Role.REGIONAL;
                users.add(name, role, role == Role.REGIONAL ? "1706" : null, PASSWORD, "latn");
            }
        }
        long submission = jdbc.sql("select max(id) from submission where district_code like '1706%' and status = 'accepted'")
                .query(Long.class).single();
        long report = jdbc.sql("select max(id) from report where territory_code = '1706'").query(Long.class).single();

        List<String> lines = new ArrayList<>();
        lines.add("Warehouse: " + size + " (built in " + built + " ms; the 2021 run: " + loaded.files().size() + " files)");
        lines.add(String.format(Locale.ROOT, "%-14s %-62s %8s %8s %8s %6s", "user", "page", "median", "p95", "max", "status"));
        Session anonymous = new Session(null);
        lines.add(time(anonymous, "anonymous", "/login"));
        Session analyst = new Session("timing-analyst");
        Session admin = new Session("timing-admin");
        Session regional = new Session("timing-bukhara");
        for (Session session : List.of(analyst, regional)) {
            for (String page : List.of("/login", "/", "/reports", "/reports?year=2010", "/reports?year=2021&period=2021Q1",
                    "/reports?page=5", "/submissions", "/submissions?period=2021Q1", "/submissions?period=2021Q1&region=1706",
                    "/submissions?period=2011Q3&region=1706", "/submissions/" + submission, "/templates", "/jobs",
                    "/api/reports?year=2010", "/api/reports?year=2021&format=csv",
                    "/api/figures?year=2021&period=2021Q1&territory=1706",
                    "/api/figures?year=2010&period=2010Q4&territory=1706&indicator=1")) {
                lines.add(time(session, session.user, page));
            }
        }
        lines.add(time(regional, "timing-bukhara", "/upload"));
        for (String page : List.of("/", "/jobs", "/audit", "/actuator/health")) {
            lines.add(time(admin, "timing-admin", page));
        }
        lines.add(time(analyst, "timing-analyst", "/reports/" + report + "/file"));
        String table = String.join("\n", lines);
        System.out.println(table);
        Files.writeString(Path.of("target", "page-timings.txt"), table + "\n");
    }

    private String time(Session session, String user, String page) throws Exception {
        long[] nanos = new long[MEASURED];
        int status = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = session.get(page);
            long took = System.nanoTime() - start;
            status = response.statusCode();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-14s %-62s %8.1f %8.1f %8.1f %6d", user, page, nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.95)] / 1e6, nanos[MEASURED - 1] / 1e6, status);
    }

    /** A browser's session: signed in through the form, with its cookie. */
    private final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        final String user;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String user) throws Exception {
            this.user = user;
            if (user == null) {
                return;
            }
            String login = new String(get("/login").body(), StandardCharsets.UTF_8);
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                throw new AssertionError("no CSRF token on the sign-in page");
            }
            String form = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<byte[]> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new AssertionError("sign-in of " + user + " failed: " + signedIn.statusCode());
            }
        }

        HttpResponse<byte[]> get(String page) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(page));
            if (page.startsWith("/api") || page.startsWith("/actuator")) {
                // The API is stateless: HTTP Basic on every call, as a script would.
                request.header("Accept", "application/json");
                if (user != null) {
                    request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
            } else {
                request.header("Accept", "text/html");
            }
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private URI uri(String page) {
            return URI.create("http://localhost:" + port + page);
        }
    }
}
