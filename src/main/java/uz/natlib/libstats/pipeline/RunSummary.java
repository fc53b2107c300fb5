package uz.natlib.libstats.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uz.natlib.libstats.ingest.FileOutcome;
import uz.natlib.libstats.ingest.FileTotals;
import uz.natlib.libstats.reports.WrittenFile;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * What {@code jobs/run} prints about a run besides the files' table: why each rejected file was
 * rejected and where its feedback is, the reports written by folder, and the totals, which all
 * come from one count ({@link FileTotals}) so that they agree. Headings and totals in the three
 * languages, a line each; names, paths and codes as they are.
 */
final class RunSummary {

    /** The most of a value seen shown beside a reason: the feedback has it whole. */
    private static final int VALUE_SHOWN = 40;

    private final PrintStream out;
    private final Path home;

    RunSummary(PrintStream out, Path home) {
        this.out = out;
        this.home = home;
    }

    /** Each rejected file, its first reason (where, what it saw, the rule in words) and its feedback. */
    void rejected(List<FileOutcome> files) {
        List<FileOutcome> rejected = files.stream().filter(o -> o.is(SubmissionStatus.REJECTED)).toList();
        if (rejected.isEmpty()) {
            return;
        }
        out.println();
        lines(Message.of("Рад этилган файллар (" + rejected.size() + "), ҳар бирининг биринчи сабаби ва изоҳлар файли:",
                "Rejected files (" + rejected.size() + "), the first reason of each and its feedback:"));
        for (FileOutcome file : rejected) {
            out.println("  " + ShownText.of(file.file()));
            out.println("    " + reason(file.firstError(), file.errors()));
            out.println("    " + ShownText.of(file.feedbackPath()));
        }
    }

    private static String reason(Finding first, long errors) {
        if (first == null) {
            return "?";
        }
        String where = (first.sheet() == null ? "" : ShownText.of(first.sheet()) + "!")
                + (first.cell() == null ? "" : ShownText.of(first.cell()));
        String seen = first.valueSeen() == null ? "" : " «" + ShownText.of(cut(first.valueSeen())) + "»";
        Message words = first.rule().words();
        String more = errors > 1 ? " +" + (errors - 1) : "";
        return (where + seen).strip() + (where.isEmpty() && seen.isEmpty() ? "" : ": ") + words.cyrl() + " / "
                + words.latn() + " / " + words.en() + " (" + first.rule().code() + ")" + more;
    }

    private static String cut(String text) {
        return text.length() <= VALUE_SHOWN ? text : text.substring(0, VALUE_SHOWN) + "…";
    }

    /**
     * The reports written, counted by folder and type; each file only when asked for: a run over a
     * year writes hundreds (every district's profile in each script and format).
     */
    void reports(List<WrittenFile> files, boolean verbose) {
        Path reports = home.resolve("reports");
        lines(Message.of(files.size() + " та ҳисобот файли ёзилди, " + ShownText.verbatim(reports.toString())
                        + " папкасида:",
                files.size() + " report file(s) written, under " + reports + ":"));
        Map<String, Map<String, Long>> byFolder = new TreeMap<>();
        for (WrittenFile file : files) {
            byFolder.computeIfAbsent(folderOf(file), f -> new TreeMap<>()).merge(file.type().code(), 1L, Long::sum);
        }
        byFolder.forEach((folder, types) -> out.printf("  %-22s %5d  %s%n", folder,
                types.values().stream().mapToLong(Long::longValue).sum(),
                types.entrySet().stream().map(t -> t.getKey() + " " + t.getValue()).collect(Collectors.joining(", "))));
        if (verbose) {
            for (WrittenFile file : files) {
                out.printf("  %-18s %-8s %-10s %-4s %-7s %s%n", file.type().code(), file.periodCode(),
                        file.territoryCode(), file.script().code(), file.format().name().toLowerCase(Locale.ROOT),
                        relative(Path.of(file.path())));
            }
        } else if (!files.isEmpty()) {
            lines(Message.of("Ҳар бир файл рўйхати: --verbose", "Every file listed: --verbose"));
        }
    }

    /** {@code reports/2021/2021Q1}: the folder under the data folder. */
    private String folderOf(WrittenFile file) {
        Path parent = Path.of(file.path()).getParent();
        return parent == null ? "" : relative(parent).toString();
    }

    private Path relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = home.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : path;
    }

    /** The run in a line per language; its file counts are the table's, and add up. */
    void totals(FileTotals files, int yearsConsolidated, int reportFiles, double seconds) {
        String secondsShown = String.format(Locale.ROOT, "%.1f", seconds);
        Path reports = home.resolve("reports");
        lines(Message.of("Якун: " + files.counts().cyrl() + "; " + yearsConsolidated + " йил жамланди; " + reportFiles
                        + " та ҳисобот файли " + ShownText.verbatim(reports.toString()) + " папкасига ёзилди; "
                        + secondsShown.replace('.', ',') + " с",
                "Summary: " + files.counts().en() + "; " + yearsConsolidated + " year(s) consolidated; " + reportFiles
                        + " report file(s) written under " + reports + "; " + secondsShown + " s"));
    }

    private void lines(Message message) {
        out.println(message.cyrl());
        out.println(message.latn());
        out.println(message.en());
    }
}
