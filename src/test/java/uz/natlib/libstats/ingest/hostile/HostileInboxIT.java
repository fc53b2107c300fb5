package uz.natlib.libstats.ingest.hostile;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.ingest.hostile.HostileCorpus.Case;
import uz.natlib.libstats.ingest.hostile.HostileCorpus.Fate;
import uz.natlib.libstats.ingest.hostile.HostileCorpus.Manifest;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * The good Bukhara samples and a corpus of hostile files ({@link HostileCorpus}) in one inbox, taken
 * by the packaged application in a child JVM with a 256 MB heap: every good file must load exactly
 * as it does alone, every hostile one meet its fate (rejected with feedback naming a rule, a
 * duplicate, or left in the inbox and listed), the run must complete, a second run must change
 * nothing, nothing outside LIBSTATS_HOME may be read or written, and no feedback workbook may hand
 * back a formula, a sender's formula-like text, macros or external links. Every mismatch is
 * collected and reported at once.
 */
class HostileInboxIT {

    private static final Path SAMPLES = Path.of("sample-input");
    private static final String GOOD = "1706-buxoro-viloyati";
    private static final String HOSTILE = "hostile";
    private static final Duration RUN_LIMIT = Duration.ofMinutes(8);
    private static final Pattern RULE_AT_END = Pattern.compile("\\(([A-Za-z]+)\\)\\s*$");
    private static final Set<String> RULES = Arrays.stream(RuleId.values()).map(RuleId::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> FORGED = List.of("Outcome: ACCEPTED", "Natija: QABUL QILINDI",
            "Натижа: ҚАБУЛ ҚИЛИНДИ");

    @TempDir
    Path temp;

    @Test
    void givenHostileFilesBesideGoodOnes_whenIngested_thenEachMeetsItsFateAndNothingLeaksOrRunsAway() throws Exception {
        Path baseline = temp.resolve("baseline");
        Path home = temp.resolve("home");
        Path outside = temp.resolve("outside");
        Path logs = Files.createDirectories(temp.resolve("logs"));
        List<String> failures = new ArrayList<>();

        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        listener.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "<!ENTITY x \"reached\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        try {
            // (a) the baseline runs while the corpus is written
            copyInto(SAMPLES.resolve(GOOD), baseline.resolve("inbox").resolve(GOOD));
            CompletableFuture<Run> baselineRun = CompletableFuture.supplyAsync(() -> ingest(baseline, logs, "baseline"));
            long generating = System.nanoTime();
            Manifest manifest = HostileCorpus.write(home.resolve("inbox").resolve(HOSTILE), outside, SAMPLES,
                    "http://127.0.0.1:" + listener.getAddress().getPort(), selected());
            System.out.printf("Hostile corpus: %d cases written in %d ms%n", manifest.cases().size(),
                    (System.nanoTime() - generating) / 1_000_000);
            copyInto(SAMPLES.resolve(GOOD), home.resolve("inbox").resolve(GOOD));
            List<String> goodNames = goodNames();
            Map<String, String> hashes = hashes(manifest);
            Map<String, Entry> outsideBefore = tree(outside, true);
            Run reference = baselineRun.get(RUN_LIMIT.toMinutes() + 1, TimeUnit.MINUTES);
            System.out.printf("Baseline ingest of the %d good files alone: exit %d, wall time %.1f s, peak RSS %d MB%n",
                    goodNames().size(), reference.exit(), reference.wall().toMillis() / 1000.0,
                    reference.peakRssKb() / 1024);
            Warehouse alone = Warehouse.read(baseline, List.of());
            if (reference.exit() != 0 || alone.accepted().size() != goodNames.size()) {
                fail("the baseline ingest of the good samples alone failed (exit %d, %d of %d accepted):%n%s",
                        reference.exit(), alone.accepted().size(), goodNames.size(), reference.tail());
            }

            // (b) good and hostile files in one run
            Run first = ingest(home, logs, "first");
            System.out.printf("Ingest of %d good and %d hostile files: exit %d, wall time %.1f s, peak RSS %d MB%s%n",
                    goodNames.size(), manifest.cases().size(), first.exit(), first.wall().toMillis() / 1000.0,
                    first.peakRssKb() / 1024, first.timedOut() ? " (KILLED: over the time limit)" : "");
            Warehouse afterFirst = Warehouse.read(home, List.of());

            // (c) the run, the good files, each hostile case
            if (first.exit() != 0) {
                failures.add("first run: exit code " + first.exit() + (first.timedOut() ? " (killed after "
                        + RUN_LIMIT + ")" : "") + "\n" + indent(first.tail()));
            }
            if (!afterFirst.lastJobStatus().equals("COMPLETED")) {
                failures.add("first run: ingestJob ended " + afterFirst.jobStatuses());
            }
            for (String good : goodNames) {
                Submission expected = alone.byName(GOOD + "/" + good);
                Submission actual = afterFirst.byName(GOOD + "/" + good);
                if (actual == null || !actual.status().equals("accepted") || !actual.checksum().equals(expected.checksum())
                        || actual.figures() != expected.figures()) {
                    failures.add("good file " + good + ": expected accepted with " + expected.figures()
                            + " figures " + expected.checksum() + ", got " + (actual == null ? "no submission"
                            : actual.status() + " with " + actual.figures() + " figures " + actual.checksum()));
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            Set<Path> workbooksChecked = new java.util.HashSet<>();
            for (Case c : manifest.cases().values()) {
                Outcome outcome = observe(c, home, afterFirst, first.stdout(), hashes.get(c.name()), workbooksChecked);
                outcomes.add(outcome);
                if (!outcome.problems().isEmpty()) {
                    failures.add(outcome.describe());
                }
            }
            Set<String> expectedParts = manifest.cases().values().stream().map(c -> "inbox/" + HOSTILE + "/" + c.path())
                    .filter(p -> p.endsWith(".part")).collect(Collectors.toSet());
            Map<String, Entry> homeAfterFirst = tree(home, false);
            homeAfterFirst.keySet().stream().filter(p -> p.endsWith(".part") && !expectedParts.contains(p))
                    .forEach(p -> failures.add("a .part file was left behind: " + ShownText.of(p)));
            homeAfterFirst.keySet().stream().filter(p -> p.startsWith("work/"))
                    .forEach(p -> failures.add("left in work/: " + ShownText.of(p)));

            // (d) a second run changes nothing
            Run second = ingest(home, logs, "second");
            System.out.printf("Second ingest: exit %d, wall time %.1f s, peak RSS %d MB%n", second.exit(),
                    second.wall().toMillis() / 1000.0, second.peakRssKb() / 1024);
            Warehouse afterSecond = Warehouse.read(home, manifest.canaries());
            if (second.exit() != 0) {
                failures.add("second run: exit code " + second.exit() + "\n" + indent(second.tail()));
            }
            if (!afterSecond.lastJobStatus().equals("COMPLETED")) {
                failures.add("second run: ingestJob ended " + afterSecond.jobStatuses());
            }
            if (afterSecond.submissions().size() != afterFirst.submissions().size()) {
                Set<Long> before = afterFirst.submissions().stream().map(Submission::id).collect(Collectors.toSet());
                failures.add("second run: " + (afterSecond.submissions().size() - afterFirst.submissions().size())
                        + " new submission rows: " + afterSecond.submissions().stream()
                        .filter(s -> !before.contains(s.id())).map(s -> ShownText.of(s.name()) + " " + s.status())
                        .limit(20).toList());
            }
            Map<String, Entry> homeAfterSecond = tree(home, false);
            if (!homeAfterSecond.equals(homeAfterFirst)) {
                failures.add("second run changed the folders:\n" + indent(difference(homeAfterFirst, homeAfterSecond)));
            }

            // (e) nothing outside was read or written
            Map<String, Entry> outsideAfter = tree(outside, true);
            if (!outsideAfter.equals(outsideBefore)) {
                failures.add("outside/ changed:\n" + indent(difference(outsideBefore, outsideAfter)));
            }
            for (String canary : manifest.canaries()) {
                for (String where : filesHolding(home, canary)) {
                    failures.add("canary " + canary + " found in " + where);
                }
                for (String where : afterSecond.textHolding(canary)) {
                    failures.add("canary " + canary + " found in the warehouse: " + where);
                }
            }
            for (String soft : manifest.softCanaries()) {
                List<String> holders = filesHolding(home, soft);
                if (!holders.isEmpty()) {
                    System.out.println("Note: the hard link's target content was taken in (a hard link is the sender's"
                            + " own file): " + holders);
                }
            }
            if (!requests.isEmpty()) {
                failures.add("files reached out to the HTTP listener (external DTD, entity or link): " + requests);
            }
            Set<String> top = new TreeSet<>();
            try (Stream<Path> list = Files.list(temp)) {
                list.forEach(p -> top.add(p.getFileName().toString()));
            }
            if (!top.equals(Set.of("baseline", "home", "outside", "logs"))) {
                failures.add("the test's temporary folder holds more than it was given: " + top);
            }
            for (String marker : manifest.markerNames()) {
                for (Path root : List.of(temp, Path.of("").toAbsolutePath(), Path.of("/tmp"))) {
                    try (Stream<Path> walk = Files.walk(root, root.equals(temp) ? Integer.MAX_VALUE : 1)) {
                        walk.filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith(marker))
                                .filter(p -> !p.startsWith(home.resolve("inbox")) && !p.startsWith(home.resolve("rejected"))
                                        && !p.startsWith(home.resolve("duplicates")))
                                .forEach(p -> failures.add("a file named by a hostile file was created: " + p));
                    }
                }
            }
            for (Path path : manifest.mustNotExist()) {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    failures.add("zip-slip or shell target exists: " + path);
                }
            }
            failures.addAll(otherFeedbackWorkbookProblems(home, workbooksChecked));

            keepLogs(logs);
            String report = report(manifest, outcomes, first, second);
            System.out.println(report);
            Files.writeString(Path.of("target", "hostile-inbox-report.txt"), report + "\n\nFAILURES\n"
                    + String.join("\n", failures) + "\n");
            if (!failures.isEmpty()) {
                fail("%d problem(s) with the hostile inbox (all listed; report in target/hostile-inbox-report.txt, the"
                                + " application's output in target/hostile-inbox-logs/; -Dhostile.skip=h22,h23 leaves out cases"
                                + " that stop the whole run):%n%s", failures.size(), String.join("\n", failures));
            }
        } finally {
            listener.stop(0);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // One case

    /** What became of one case, and what is wrong with that. */
    record Outcome(Case c, String actual, Set<String> rules, Set<String> storedRules, String feedbackHead,
                   List<String> problems) {

        String describe() {
            return String.format("%s (%s): expected %s%s, got %s%s%s%n%s", c.name(), ShownText.of(c.path()), c.fate(),
                    c.rules().isEmpty() ? "" : " naming one of " + new TreeSet<>(c.rules()), actual,
                    rules.isEmpty() ? "" : " naming " + rules,
                    storedRules.isEmpty() || storedRules.equals(rules) ? "" : " (warehouse: " + storedRules + ")",
                    indent(String.join("\n", problems) + (feedbackHead.isEmpty() ? "" : "\nfeedback:\n"
                            + indent(feedbackHead))));
        }
    }

    private static Outcome observe(Case c, Path home, Warehouse warehouse, String stdout, String sha256,
                                   Set<Path> workbooksChecked) throws IOException {
        String original = HOSTILE + "/" + c.path();
        Path inInbox = home.resolve("inbox").resolve(HOSTILE).resolve(c.path());
        List<String> problems = new ArrayList<>();
        Submission row = warehouse.byName(original);
        if (row == null && sha256 != null) {
            // Not under its own name (a system may store a cleaned name): by its bytes.
            List<Submission> same = warehouse.submissions().stream().filter(s -> s.sha256().equals(sha256))
                    .filter(s -> !s.name().startsWith(GOOD + "/"))
                    .filter(s -> c.fate() == Fate.DUPLICATE ? s.status().equals("duplicate") : !s.status().equals("duplicate"))
                    .toList();
            if (same.size() == 1) {
                row = same.get(0);
                problems.add("stored under another name: " + ShownText.of(row.name()));
            }
        }
        String actual;
        Set<String> rules = new TreeSet<>();
        Set<String> storedRules = new TreeSet<>();
        String head = "";
        String feedback = null;
        if (row != null) {
            actual = switch (row.status()) {
                case "rejected" -> "REJECTED";
                case "duplicate" -> "DUPLICATE";
                case "accepted", "superseded" -> "ACCEPTED";
                default -> row.status().toUpperCase();
            };
            storedRules.addAll(warehouse.rules(row.id()));
            Path stored = row.storedPath() == null ? null : Path.of(row.storedPath());
            if (stored == null || !Files.exists(stored, LinkOption.NOFOLLOW_LINKS)) {
                problems.add("the file is not where the warehouse says: " + row.storedPath());
            } else if (sha256 != null && Files.isRegularFile(stored, LinkOption.NOFOLLOW_LINKS)
                    && !sha256(stored).equals(sha256)) {
                problems.add("the file kept at " + ShownText.of(home.relativize(stored).toString())
                        + " is not the one sent (overwritten by another?)");
            }
            if (stored != null) {
                for (String extension : List.of("xlsx", "xls")) {
                    Path workbook = stored.resolveSibling(stored.getFileName() + ".feedback." + extension);
                    if (Files.isRegularFile(workbook, LinkOption.NOFOLLOW_LINKS)) {
                        problems.addAll(workbookProblems(home, workbook));
                        workbooksChecked.add(workbook);
                    }
                }
            }
            Path text = stored == null ? null : stored.resolveSibling(stored.getFileName() + ".feedback.txt");
            if (text == null || !Files.isRegularFile(text)) {
                problems.add("no feedback text beside it");
            } else {
                feedback = Files.readString(text, StandardCharsets.UTF_8);
                head = feedback.lines().limit(8).collect(Collectors.joining("\n"));
                feedback.lines().map(RULE_AT_END::matcher).filter(Matcher::find).map(m -> m.group(1))
                        .filter(RULES::contains).forEach(rules::add);
            }
        } else if (Files.exists(inInbox, LinkOption.NOFOLLOW_LINKS)) {
            String shown = ShownText.of(original);
            String inTable = shown.length() <= 58 ? shown : "…" + shown.substring(shown.length() - 57);
            actual = stdout.contains(inTable) ? "LEFT_ALONE" : "LEFT_IN_INBOX_UNLISTED";
        } else if (inWork(home, original)) {
            actual = "STUCK_IN_WORK";
        } else {
            actual = "VANISHED (in no folder and not in the warehouse)";
        }

        boolean rejected = actual.equals("REJECTED");
        boolean fateOk = switch (c.fate()) {
            case REJECTED -> rejected;
            case DUPLICATE -> actual.equals("DUPLICATE");
            case LEFT_ALONE -> actual.equals("LEFT_ALONE");
            case LEFT_UNLISTED -> actual.equals("LEFT_IN_INBOX_UNLISTED");
            case REJECTED_OR_LEFT_ALONE -> rejected || actual.equals("LEFT_ALONE");
        };
        if (!fateOk) {
            problems.add(0, "wrong fate");
        }
        if (rejected && feedback != null) {
            if (rules.isEmpty()) {
                problems.add("the feedback names no rule");
            } else if (!c.rules().isEmpty() && Collections.disjoint(c.rules(), rules)) {
                problems.add("the feedback names none of the expected rules " + new TreeSet<>(c.rules()));
            }
            Set<String> forbidden = new TreeSet<>(c.forbiddenRules());
            forbidden.retainAll(rules);
            if (!forbidden.isEmpty()) {
                problems.add("the feedback names " + forbidden + ", which it must not");
            }
            for (String line : feedback.lines().toList()) {
                if (FORGED.stream().anyMatch(f -> line.strip().startsWith(f))) {
                    problems.add("a forged line in the feedback of a rejected file: " + ShownText.of(line));
                }
            }
            for (String text : c.notInFeedback()) {
                if (feedback.contains(text) || feedback.contains(ShownText.of(text))) {
                    problems.add("the feedback quotes " + text.length() + "+ characters of the sender's text");
                }
            }
            if (c.cell() != null) {
                long onCell = warehouse.errorsOnCell(row.id(), c.cell());
                if (onCell != 1) {
                    problems.add(onCell + " error finding(s) on " + c.cell() + ", expected exactly one");
                }
            }
        }
        return new Outcome(c, actual, rules, storedRules, head, problems);
    }

    /** Whether the work folder holds the file taken from this inbox path (its intake name ends with it, encoded). */
    private static boolean inWork(Path home, String original) throws IOException {
        Path work = home.resolve("work");
        if (!Files.isDirectory(work)) {
            return false;
        }
        String encoded = "--" + java.net.URLEncoder.encode(original, StandardCharsets.UTF_8);
        try (Stream<Path> list = Files.list(work)) {
            return list.anyMatch(p -> p.getFileName().toString().endsWith(encoded));
        }
    }

    /**
     * The cases to write: all, unless {@code -Dhostile.only=h01,h42} (case names or their hNN prefixes)
     * or {@code -Dhostile.skip=h22,h23} says otherwise, to look at some cases without others in the way.
     */
    private static java.util.function.Predicate<String> selected() {
        List<String> only = listProperty("hostile.only");
        List<String> skip = listProperty("hostile.skip");
        if (!only.isEmpty() || !skip.isEmpty()) {
            System.out.println("Hostile corpus restricted: only " + only + ", skip " + skip);
        }
        return name -> (only.isEmpty() || only.stream().anyMatch(p -> matches(name, p)))
                && skip.stream().noneMatch(p -> matches(name, p));
    }

    private static boolean matches(String name, String pattern) {
        return name.equals(pattern) || name.startsWith(pattern + "-");
    }

    private static List<String> listProperty(String key) {
        return Arrays.stream(System.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    // ------------------------------------------------------------------------------------------------
    // The feedback workbooks

    /** Feedback workbooks no case accounts for (the good files', a file stored under another name). */
    private static List<String> otherFeedbackWorkbookProblems(Path home, Set<Path> checked) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> workbooks = new ArrayList<>();
        for (String folder : List.of("archive", "rejected", "duplicates")) {
            Path dir = home.resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> p.getFileName().toString().matches("(?s).*\\.feedback\\.xlsx?"))
                            .filter(p -> !checked.contains(p))
                            .forEach(workbooks::add);
                }
            }
        }
        for (Path workbook : workbooks) {
            problems.addAll(workbookProblems(home, workbook));
        }
        return problems;
    }

    /**
     * What a feedback workbook must not hold: macros, external links, a formula, or a formula-like
     * text of the sender's as it came (unneutralised).
     */
    private static List<String> workbookProblems(Path home, Path workbook) throws IOException {
        List<String> problems = new ArrayList<>();
        String name = ShownText.of(home.relativize(workbook).toString());
        if (workbook.getFileName().toString().endsWith(".xlsx")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(workbook))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    String part = entry.getName();
                    if (part.equalsIgnoreCase("xl/vbaProject.bin") || part.startsWith("xl/externalLinks/")) {
                        problems.add("feedback workbook " + name + " holds the part " + part);
                    }
                }
            } catch (IOException e) {
                problems.add("feedback workbook " + name + " is not a readable zip: " + e);
            }
        }
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            int reported = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String what = null;
                        if (cell.getCellType() == CellType.FORMULA) {
                            what = "a formula =" + cell.getCellFormula();
                        } else if (cell.getCellType() == CellType.STRING) {
                            // The sender's formula-like texts, as sent (the template's own "- …" texts are not theirs).
                            String text = cell.getStringCellValue();
                            if (HostileCorpus.PAYLOADS.stream().anyMatch(text::startsWith)) {
                                what = "the sender's formula-like text as it came «"
                                        + ShownText.of(text.substring(0, Math.min(text.length(), ShownText.QUOTE_LIMIT))) + "»";
                            }
                        }
                        if (what != null && reported++ < 5) {
                            problems.add("feedback workbook " + name + ", " + ShownText.of(sheet.getSheetName()) + "!"
                                    + cell.getAddress() + ": " + what);
                        }
                    }
                }
            }
            if (reported > 5) {
                problems.add("feedback workbook " + name + ": " + (reported - 5) + " more such cells");
            }
        } catch (Exception e) {
            problems.add("feedback workbook " + name + " cannot be opened: " + e);
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------------
    // The warehouse, read by a PostgreSQL of the test's own on the data folder the application left

    record Submission(long id, String name, String status, String sha256, String storedPath, String checksum,
                      long figures) {
    }

    record Warehouse(List<Submission> submissions, Map<Long, Set<String>> rulesBySubmission,
                     Map<String, Long> errorsByCell, List<String> jobStatuses, Map<String, List<String>> canaryHits) {

        /** Reads what the tests need; {@code canaries} are searched for in every text column a sender's text reaches. */
        static Warehouse read(Path home, List<String> canaries) throws IOException {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres"))
                    .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start()) {
                JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                List<Submission> submissions = jdbc.sql("""
                                select s.id, s.original_name, s.status, s.sha256, s.stored_path,
                                  md5(coalesce((select string_agg(x, E'\\n' order by x) from (
                                      select coalesce(s.district_code, '') || '|' || coalesce(s.period_code, '') || '|'
                                             || i.code || '|' || v.measure_key || '|' || v.value::text as x
                                      from data_value v join indicator i on i.id = v.indicator_id where v.submission_id = s.id
                                      union all
                                      select coalesce(s.district_code, '') || '|' || coalesce(s.period_code, '') || '|'
                                             || i.code || '|plan ' || p.measure_key || '|' || p.value::text
                                      from plan_value p join indicator i on i.id = p.indicator_id where p.submission_id = s.id
                                      union all
                                      select coalesce(s.district_code, '') || '|' || coalesce(s.period_code, '') || '|'
                                             || i.code || '|status|' || coalesce(d.done::text, '') || '|' || coalesce(d.note, '')
                                      from data_status d join indicator i on i.id = d.indicator_id where d.submission_id = s.id
                                  ) t), '')) as checksum,
                                  (select count(*) from data_value v where v.submission_id = s.id)
                                    + (select count(*) from plan_value p where p.submission_id = s.id) as figures
                                from submission s order by s.id""")
                        .query((rs, n) -> new Submission(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getLong(7))).list();
                Map<Long, Set<String>> rules = new TreeMap<>();
                jdbc.sql("select distinct submission_id, rule from validation_finding").query((rs, n) -> {
                    rules.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                    return null;
                }).list();
                Map<String, Long> errorsByCell = new LinkedHashMap<>();
                jdbc.sql("""
                        select submission_id, cell, count(*) from validation_finding
                        where severity = 'error' and cell ~ '^[A-Z]{1,3}[0-9]+$' group by 1, 2""").query((rs, n) -> {
                    errorsByCell.put(rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3));
                    return null;
                }).list();
                List<String> jobs = jdbc.sql("""
                        select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                        where i.job_name = 'ingestJob' order by e.job_execution_id""").query(String.class).list();
                Map<String, List<String>> hits = new LinkedHashMap<>();
                for (String canary : canaries) {
                    List<String> found = new ArrayList<>();
                    found.addAll(jdbc.sql("""
                            select 'validation_finding #' || id || ' (' || rule || ')' from validation_finding
                            where strpos(coalesce(value_seen, '') || message_cyrl || message_latn || message_en
                                         || coalesce(sheet, ''), :t) > 0 limit 5""").param("t", canary)
                            .query(String.class).list());
                    found.addAll(jdbc.sql("""
                            select 'data_status of submission #' || submission_id from data_status
                            where strpos(coalesce(note, ''), :t) > 0 limit 5""").param("t", canary)
                            .query(String.class).list());
                    found.addAll(jdbc.sql("""
                            select 'submission #' || id from submission
                            where strpos(original_name || coalesce(stored_path, '') || coalesce(template_version, ''), :t) > 0
                            limit 5""").param("t", canary).query(String.class).list());
                    hits.put(canary, found);
                }
                return new Warehouse(submissions, rules, errorsByCell, jobs, hits);
            }
        }

        List<String> textHolding(String text) {
            return canaryHits.getOrDefault(text, List.of());
        }

        Submission byName(String name) {
            Submission found = null;
            for (Submission s : submissions) {
                if (s.name().equals(name)) {
                    found = s;
                }
            }
            return found;
        }

        List<Submission> accepted() {
            return submissions.stream().filter(s -> s.status().equals("accepted")).toList();
        }

        Set<String> rules(long submission) {
            return rulesBySubmission.getOrDefault(submission, Set.of());
        }

        long errorsOnCell(long submission, String cell) {
            return errorsByCell.getOrDefault(submission + "|" + cell, 0L);
        }

        String lastJobStatus() {
            return jobStatuses.isEmpty() ? "(no ingestJob run)" : jobStatuses.get(jobStatuses.size() - 1);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The child JVM

    record Run(int exit, Duration wall, long peakRssKb, String stdout, String tail, boolean timedOut) {
    }

    private static Run ingest(Path home, Path logs, String label) {
        try {
            String jar = System.getProperty("libstats.jar", "target/libstats.jar");
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:+UseParallelGC", "-Dlibstats.inbox.settle=0s", "-jar",
                    jar, "ingest");
            builder.environment().put("LIBSTATS_HOME", home.toString());
            builder.environment().remove("SPRING_DATASOURCE_URL");
            Path out = logs.resolve(label + ".out");
            Path err = logs.resolve(label + ".err");
            builder.redirectOutput(out.toFile());
            builder.redirectError(err.toFile());
            Files.createDirectories(home);
            long start = System.nanoTime();
            Process process = builder.start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long peak = 0;
            boolean timedOut = false;
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
                if (System.nanoTime() - start > RUN_LIMIT.toNanos()) {
                    timedOut = true;
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                    break;
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
            String tail = String.join("\n", errLines.stream().filter(l -> l.contains("ERROR") || l.contains("Exception")
                    || l.contains("ended") || l.contains("Caused by")).limit(15).toList())
                    + "\n…\n" + String.join("\n", errLines.subList(Math.max(0, errLines.size() - 15), errLines.size()));
            return new Run(timedOut ? -1 : process.exitValue(), wall, peak, stdout, tail, timedOut);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The child JVMs' output, kept in target/ for whoever reads a failure. */
    private static void keepLogs(Path logs) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "hostile-inbox-logs"));
        try (Stream<Path> list = Files.list(logs)) {
            for (Path log : list.toList()) {
                Files.copy(log, kept.resolve(log.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process just ended
        }
        return 0;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                + (File.separatorChar == '\\' ? ".exe" : "");
    }

    // ------------------------------------------------------------------------------------------------
    // Files

    /** A folder's entries (postgres/ left out): what each is, its size and, for files outside, its hash. */
    record Entry(String kind, long size, String sha256) {
    }

    private static Map<String, Entry> tree(Path root, boolean hash) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root.resolve("postgres"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(root)) {
                    entries.put(root.relativize(dir).toString(), new Entry("dir", 0, ""));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String kind = attrs.isSymbolicLink() ? "link " + Files.readSymbolicLink(file)
                        : attrs.isRegularFile() ? "file" : "special";
                entries.put(root.relativize(file).toString(), new Entry(kind, attrs.size(),
                        hash && attrs.isRegularFile() ? sha256(file) : ""));
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }

    private static String difference(Map<String, Entry> before, Map<String, Entry> after) {
        List<String> lines = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Entry b = before.get(name);
            Entry a = after.get(name);
            if (b == null) {
                lines.add("+ " + ShownText.of(name) + " " + a);
            } else if (a == null) {
                lines.add("- " + ShownText.of(name) + " " + b);
            } else if (!a.equals(b)) {
                lines.add("~ " + ShownText.of(name) + " " + b + " -> " + a);
            }
        }
        return lines.stream().limit(30).collect(Collectors.joining("\n"))
                + (lines.size() > 30 ? "\n… " + (lines.size() - 30) + " more" : "");
    }

    /** Regular files under {@code root} (postgres/ left out) whose bytes, or unpacked zip parts, hold {@code text}. */
    private static List<String> filesHolding(Path root, String text) throws IOException {
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        List<String> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root.resolve("postgres")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String name = root.relativize(file).toString();
                if (contains(file, ascii) || contains(file, utf16)) {
                    found.add(ShownText.of(name));
                } else if (name.contains(".feedback.")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                            byte[] part = zip.readNBytes(64 << 20);
                            if (indexOf(part, ascii) >= 0 || indexOf(part, utf16) >= 0) {
                                found.add(ShownText.of(name) + " (part " + entry.getName() + ")");
                            }
                        }
                    } catch (IOException e) {
                        // not a zip
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean contains(Path file, byte[] needle) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[(4 << 20) + needle.length];
            int carried = 0;
            for (int n; (n = in.readNBytes(buffer, carried, buffer.length - carried)) > 0; ) {
                int filled = carried + n;
                if (indexOf(Arrays.copyOf(buffer, filled), needle) >= 0) {
                    return true;
                }
                carried = Math.min(needle.length - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Map<String, String> hashes(Manifest manifest) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Case c : manifest.cases().values()) {
            Path file = manifest.dir().resolve(c.path());
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                hashes.put(c.name(), sha256(file));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> goodNames() throws IOException {
        try (Stream<Path> list = Files.list(SAMPLES.resolve(GOOD))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyInto(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(file.getFileName().toString());
                Files.copy(file, target);
                Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The report

    private static String report(Manifest manifest, List<Outcome> outcomes, Run first, Run second) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("HOSTILE INBOX: %d cases; first run %.1f s, peak RSS %d MB, exit %d; second run %.1f s,"
                        + " exit %d%n", manifest.cases().size(), first.wall().toMillis() / 1000.0, first.peakRssKb() / 1024,
                first.exit(), second.wall().toMillis() / 1000.0, second.exit()));
        out.append(String.format("%-4s %-34s %-22s %-24s %s%n", "ok", "case", "expected", "actual", "rules named"));
        for (Outcome o : outcomes) {
            Set<String> shown = new LinkedHashSet<>(o.rules());
            if (shown.isEmpty()) {
                shown.addAll(o.storedRules());
            }
            out.append(String.format("%-4s %-34s %-22s %-24s %s%s%n", o.problems().isEmpty() ? "ok" : "FAIL", o.c().name(),
                    o.c().fate() + (o.c().rules().isEmpty() ? "" : " " + String.join("|", new TreeSet<>(o.c().rules()))),
                    o.actual().length() > 24 ? o.actual().substring(0, 24) : o.actual(), shown,
                    o.problems().isEmpty() ? "" : "  <- " + String.join("; ", o.problems())
                            .replace('\n', ' ')));
        }
        return out.toString();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
    }
}
