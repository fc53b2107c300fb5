package uz.natlib.libstats.service.web.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/**
 * A small catalogue written straight into the tables, with small files under the data folder:
 * two consolidation runs of 2021 (the first replaced by the second), Bukhara's report in two
 * editions, Samarkand's, the nation's, a Samarkand district's, and three rows whose paths must
 * never be served (outside the data folder, a symbolic link, a path through a linked folder).
 */
public final class ReportFixtures {

    public static final String BUKHARA = "1706";
    public static final String SAMARKAND = "1718";
    public static final String PASSWORD = "a password of 10+ chars";

    /** The rows written. */
    public record Catalogue(long runA, long runB, long bukhara, long bukharaOlder, long samarkand, long nation,
                            long samarkandDistrict, long outside, long symlink, long linkedFolder,
                            String bukharaDistrict, String samarkandDistrictCode, int indicatorId, String indicatorCode,
                            String measure, int bukharaDistricts) {
    }

    private ReportFixtures() {
    }

    /** The users {@link #users} adds, as MockMvc signs them in. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("rep-analyst").roles("ANALYST");
    }

    public static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("rep-admin").roles("ADMIN");
    }

    public static org.springframework.test.web.servlet.request.RequestPostProcessor bukhara() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("rep-bukhara").roles("REGIONAL");
    }

    public static void users(Users users) {
        add(users, "rep-analyst", Role.ANALYST, null, "en");
        add(users, "rep-admin", Role.ADMIN, null, "en");
        add(users, "rep-bukhara", Role.REGIONAL, BUKHARA, "latn");
        add(users, "rep-cyrl", Role.ANALYST, null, "cyrl");
        add(users, "rep-latn", Role.ANALYST, null, "latn");
    }

    private static void add(Users users, String name, Role role, String region, String language) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, region, PASSWORD, language);
        }
    }

    public static Catalogue load(JdbcClient jdbc, LibstatsProperties properties) throws IOException {
        TestWarehouse.empty(jdbc, properties);
        Path home = properties.home();
        Path folder = home.resolve("reports").resolve("web-test");
        delete(folder);
        Files.createDirectories(folder.resolve("editions"));

        List<String> bukharaDistricts = jdbc.sql("select code from territory where parent_code = :r order by code")
                .param("r", BUKHARA).query(String.class).list();
        String samarkandDistrict = jdbc.sql("select min(code) from territory where parent_code = :r")
                .param("r", SAMARKAND).query(String.class).single();
        OffsetDateTime t0 = OffsetDateTime.parse("2021-10-05T01:00:00+05:00");
        long runA = run(jdbc, t0);
        long runB = run(jdbc, t0.plusDays(1));
        long first = submission(jdbc, bukharaDistricts.get(0), "a");
        long second = submission(jdbc, bukharaDistricts.get(1), "b");
        long third = submission(jdbc, samarkandDistrict, "c");
        used(jdbc, runA, first);
        for (long s : new long[] {first, second, third}) {
            used(jdbc, runB, s);
        }

        long bukharaOlder = report(jdbc, folder, "editions/region-quarter_1706_latn.edition-1.pdf", "region-quarter",
                "2021Q3", BUKHARA, "latn", "pdf", runA, false, t0.plusHours(1), "%PDF older Bukhara");
        long bukhara = report(jdbc, folder, "region-quarter_1706_latn.pdf", "region-quarter", "2021Q3", BUKHARA, "latn",
                "pdf", runB, true, t0.plusDays(1).plusHours(1), "%PDF Bukhara");
        long samarkand = report(jdbc, folder, "region-quarter_1718_latn.pdf", "region-quarter", "2021Q3", SAMARKAND,
                "latn", "pdf", runB, true, t0.plusDays(1).plusHours(1), "%PDF Samarkand");
        long nation = report(jdbc, folder, "nation-quarter_17_cyrl.xlsx", "nation-quarter", "2021Q3", "17", "cyrl",
                "xlsx", runB, true, t0.plusDays(1).plusHours(1), "PK xlsx");
        long district = report(jdbc, folder, "district-profile_" + samarkandDistrict + "_latn.csv", "district-profile",
                "2021", samarkandDistrict, "latn", "csv", runB, true, t0.plusDays(1).plusHours(2), "a,b\r\n1,2\r\n");

        // Rows whose paths point where no download may go; the files there exist, so only the checks refuse them.
        Path outsideFolder = Files.createTempDirectory("libstats-outside");
        Files.writeString(outsideFolder.resolve("secret.pdf"), "%PDF secret");
        long outside = row(jdbc, home.relativize(outsideFolder.resolve("secret.pdf")).toString(), "nation-year", "2021",
                "17", "latn", "pdf", runB, true, t0);
        Files.createSymbolicLink(folder.resolve("link.pdf"), outsideFolder.resolve("secret.pdf"));
        long symlink = row(jdbc, "reports/web-test/link.pdf", "nation-year", "2021", "17", "cyrl", "pdf", runB, true, t0);
        Files.createSymbolicLink(folder.resolve("linked"), outsideFolder);
        long linkedFolder = row(jdbc, "reports/web-test/linked/secret.pdf", "nation-year", "2021", "17", "latn", "pdf",
                runB, false, t0);

        var indicator = jdbc.sql("""
                        select i.id, i.code, m.measure_key from indicator i
                        join indicator_measure m on m.indicator_id = i.id and m.position = (
                            select min(position) from indicator_measure where indicator_id = i.id)
                        where i.year = 2021 and not i.qualitative order by i.ordinal limit 1""")
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3)}).single();
        int indicatorId = (Integer) indicator[0];
        for (String territory : new String[] {"17", BUKHARA, SAMARKAND, bukharaDistricts.get(0), samarkandDistrict}) {
            jdbc.sql("""
                            insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id,
                                measure_key, value, reporting, expected)
                            values (:run, 2021, 3, 'quarter', :t, :i, :m, 120.000, 1, 1)""")
                    .param("run", runB).param("t", territory).param("i", indicatorId).param("m", indicator[2])
                    .update();
        }
        return new Catalogue(runA, runB, bukhara, bukharaOlder, samarkand, nation, district, outside, symlink,
                linkedFolder, bukharaDistricts.get(0), samarkandDistrict, indicatorId, (String) indicator[1],
                (String) indicator[2], bukharaDistricts.size());
    }

    private static long run(JdbcClient jdbc, OffsetDateTime at) {
        return jdbc.sql("insert into consolidation_run (year, started_at, finished_at) values (2021, :s, :f) returning id")
                .param("s", at).param("f", at.plusMinutes(5)).query(Long.class).single();
    }

    private static long submission(JdbcClient jdbc, String district, String seed) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status)
                        values ('return', :name, :sha, :d, '2021Q3', 'accepted') returning id""")
                .param("name", seed + ".xlsx").param("sha", seed.repeat(64)).param("d", district)
                .query(Long.class).single();
    }

    private static void used(JdbcClient jdbc, long run, long submission) {
        jdbc.sql("insert into consolidation_run_submission (run_id, submission_id) values (?, ?)")
                .params(run, submission).update();
    }

    private static long report(JdbcClient jdbc, Path folder, String name, String type, String period, String territory,
                               String script, String format, long run, boolean current, OffsetDateTime at,
                               String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return row(jdbc, "reports/web-test/" + name, type, period, territory, script, format, run, current, at);
    }

    private static long row(JdbcClient jdbc, String path, String type, String period, String territory, String script,
                            String format, long run, boolean current, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into report (report_type, period_code, territory_code, script, format, path, size_bytes,
                                            sha256, generated_at, consolidation_run, current)
                        values (:type, :period, :territory, :script, :format, :path, 100, :sha, :at, :run, :current)
                        returning id""")
                .param("type", type).param("period", period).param("territory", territory).param("script", script)
                .param("format", format).param("path", path).param("sha", "0".repeat(64)).param("at", at)
                .param("run", run).param("current", current)
                .query(Long.class).single();
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
