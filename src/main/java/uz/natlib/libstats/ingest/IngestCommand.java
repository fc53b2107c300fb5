package uz.natlib.libstats.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.vocabulary.ShownText;

/** {@code jobs/ingest [DIR]}: one run of the ingest job over the inbox, DIR's files copied in first. */
@Component
public class IngestCommand implements CommandHandler<IngestCommand.Arguments> {

    @Command(name = "ingest", description = """
            Load every waiting return and plan from the inbox into the warehouse, once.

            Files dropped into $LIBSTATS_HOME/inbox (any sub-folder) are read, checked and loaded;
            each ends in archive/<year>/<quarter>/ (accepted), rejected/<date>/ or duplicates/<date>/,
            with <name>.feedback.txt (and a .feedback.xlsx marking the cells to fix) beside it.
            With DIR, DIR's files are first copied into the inbox (DIR itself is left untouched;
            README*, *.md and EXPECTED* files, which describe a folder, are not copied).
            A failed run is restarted by the next one and goes on with the files left in the work folder.
            Prints one line per file: file, district, period, outcome, errors, warnings, values.
            """)
    public static final class Arguments {
        @Parameters(arity = "0..1", paramLabel = "DIR", converter = Converters.ExistingFolder.class,
                description = "a folder whose returns are copied into the inbox first")
        Path dir;
    }

    private final IngestRuns ingest;
    private final InboxFolders folders;

    IngestCommand(IngestRuns ingest, InboxFolders folders) {
        this.ingest = ingest;
        this.folders = folders;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        if (arguments.dir != null) {
            int copied = ingest.copyIntoInbox(arguments.dir);
            System.err.printf("Copied %d file(s) from %s into %s (documentation files skipped)%n", copied,
                    arguments.dir, folders.inbox());
        } else {
            ingest.finishInterruptedCopy();
        }
        IngestResult result = ingest.runOnce();
        printTable(out, result.outcomes());
        return result.completed() ? 0 : 1;
    }

    public static void printTable(PrintStream out, List<FileOutcome> outcomes) {
        out.printf("%-58s %-8s %-7s %-28s %6s %8s %6s%n", "file", "district", "period", "outcome", "errors",
                "warnings", "values");
        for (FileOutcome o : outcomes) {
            out.printf("%-58s %-8s %-7s %-28s %6d %8d %6d%n", shorten(ShownText.of(o.file()), 58), o.district(),
                    o.period(), shorten(ShownText.of(o.outcome()), 28), o.errors(), o.warnings(), o.values());
        }
        FileTotals totals = FileTotals.of(outcomes);
        out.printf("%s; %d values loaded%n", totals.counts().en(), totals.values());
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
