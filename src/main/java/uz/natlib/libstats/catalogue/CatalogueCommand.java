package uz.natlib.libstats.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uz.natlib.libstats.cli.CheckedArguments;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/catalogue}: list, export and import the years' indicator tables. */
@Component
public class CatalogueCommand implements CommandHandler<CatalogueCommand.Arguments> {

    /** Exit status of an import refused for its findings or because returns exist. */
    public static final int REFUSED = 3;

    @Command(name = "catalogue", description = """
            The years' indicator tables: list them, export one as CSV, import one.

            jobs/catalogue list
            jobs/catalogue export --year 2022 [--out FILE]
            jobs/catalogue import --year 2022 FILE
            (jobs/catalogue --year 2021 is export, printed on standard output.)

            A table has one row per indicator and "of which" part, in the paper form's order:
            code, seed_number, section, parent_code, breakdown (complete: the parts add up;
            partial: they may not exceed the total), label_cyrl, label_latn (blank: transliterated),
            label_en, unit_seed, measures (keys joined by |), aggregation (flow or stock),
            periodicity, due_seed, plan, qualitative, previous_code (blank: the row of the same
            code last year; -: no link; A: continues A; A|B: A and B merged; two rows naming A: A
            split). The import reads CSV (UTF-8) or the first visible sheet of an .xlsx, checks the
            whole table and lists every problem with its row, and stores nothing unless there is
            none. A year's table can be imported again until a return of that year is accepted.
            Exit status 3: the import was refused.
            """)
    public static final class Arguments implements CheckedArguments {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, export (default) or import")
        String action;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "the table to import (.csv or .xlsx)")
        Path file;

        @Option(names = "--year", paramLabel = "YEAR", converter = Converters.Year.class,
                description = "reporting year, e.g. 2022 (export and import)")
        Integer year;

        @Option(names = "--out", paramLabel = "FILE", description = "export: write the CSV here instead of standard output")
        Path out;

        @Option(names = "--script", paramLabel = "SCRIPT", defaultValue = "latn",
                description = "import: findings in latn (default) or cyrl, each with English beside it")
        String script;

        /** Checked before the application (and its database) starts. */
        @Override
        public Optional<String> problem() {
            String chosen = action == null ? "export" : action;
            if (!List.of("list", "export", "import").contains(chosen)) {
                return Optional.of("ACTION is list, export or import, not '" + chosen + "'");
            }
            if (!chosen.equals("list") && year == null) {
                return Optional.of(chosen + " needs --year (e.g. --year 2022)");
            }
            if (chosen.equals("import") && file == null) {
                return Optional.of("import needs the table's FILE (.csv or .xlsx)");
            }
            if (!chosen.equals("import") && file != null) {
                return Optional.of("only import takes a FILE; export writes to --out");
            }
            if (!script.matches("latn|cyrl")) {
                return Optional.of("--script is latn or cyrl");
            }
            return Optional.empty();
        }
    }

    private final CatalogueRepository catalogues;
    private final CatalogueImport imports;

    CatalogueCommand(CatalogueRepository catalogues, CatalogueImport imports) {
        this.catalogues = catalogues;
        this.imports = imports;
    }

    /** The arguments were checked before the start ({@link Arguments#problem()}): action, year, file, script. */
    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        String action = arguments.action == null ? "export" : arguments.action;
        return switch (action) {
            case "list" -> list(out);
            case "import" -> importTable(arguments, out);
            default -> export(arguments.year, arguments.out, out);
        };
    }

    private int list(PrintStream out) {
        out.println("year\trows\tsource\timported by");
        for (int year : catalogues.years()) {
            Catalogue c = catalogues.find(year).orElseThrow();
            out.println(year + "\t" + c.indicators().size() + "\t" + c.source() + "\t"
                    + catalogues.importedBy(year).filter(s -> !s.isEmpty()).orElse("migration"));
        }
        return 0;
    }

    private int export(int year, Path file, PrintStream out) throws IOException {
        Catalogue catalogue = catalogues.find(year).orElseThrow(() -> new UsageException(
                "no catalogue for " + year + "; catalogues exist for " + catalogues.years()
                        + " (an administrator imports one: jobs/catalogue import --year " + year + " FILE)"));
        if (file == null) {
            CatalogueCsv.write(catalogue, out);
        } else {
            try (OutputStream stream = Files.newOutputStream(file)) {
                CatalogueCsv.write(catalogue, stream);
            }
            out.println("wrote the " + year + " table (" + catalogue.indicators().size() + " rows) to " + file);
        }
        return 0;
    }

    private int importTable(Arguments arguments, PrintStream out) throws IOException {
        int year = arguments.year;
        Path file = arguments.file;
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("cannot read " + file + ": not a readable file");
        }
        if (Files.size(file) > 64L * 1024 * 1024) {
            throw new UsageException(file + " is larger than 64 MB: not an indicator table");
        }
        CatalogueImport.Outcome outcome = imports.importTable(year, file.getFileName().toString(),
                Files.readAllBytes(file), "jobs/catalogue import " + file.getFileName() + " (" + user() + ")");
        switch (outcome.result()) {
            case IMPORTED -> out.println("imported the " + year + " table: " + outcome.rows() + " rows");
            case REPLACED -> out.println("replaced the " + year + " table (no return of " + year
                    + " was accepted yet): " + outcome.rows() + " rows");
            default -> {
                out.println("refused: the " + year + " table was not stored (" + outcome.findings().size()
                        + (outcome.findings().size() == 1 ? " problem" : " problems") + "):");
                boolean cyrillic = arguments.script.equals("cyrl");
                for (TableFinding f : outcome.findings()) {
                    String where = f.row() == 0 ? "" : (cyrillic ? f.row() + "-қатор" : f.row() + "-qator")
                            + (f.code().isBlank() ? "" : " (" + f.code() + ")") + ": ";
                    out.println("  " + where + (cyrillic ? f.message().cyrl() : f.message().latn()));
                    out.println("    " + f.message().en());
                }
                return REFUSED;
            }
        }
        return 0;
    }

    private static String user() {
        return System.getProperty("user.name", "unknown");
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
