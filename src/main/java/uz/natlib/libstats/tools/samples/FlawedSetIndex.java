package uz.natlib.libstats.tools.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** EXPECTED.csv for tests and README.md for people: the flawed files and what should become of them. */
final class FlawedSetIndex {

    private FlawedSetIndex() {
    }

    static void write(Path dir, List<FlawCase> cases) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("file", "outcome", "rule", "note")
                .setRecordSeparator('\n').get();
        try (Writer out = Files.newBufferedWriter(dir.resolve("EXPECTED.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            for (FlawCase c : cases) {
                csv.printRecord(c.file(), c.outcome(), c.rule() == null ? "" : c.rule().code(), c.note());
            }
        }
        StringBuilder readme = new StringBuilder("""
                # Flawed sample files

                Written by `jobs/samples --flawed`. One file per problem the ingest must recognise; apart
                from its one flaw each file is a valid 2021 return of a Samarkand (1718) district, so no
                accepted file here supersedes the good Bukhara set. Baseline files (`w1a`, `w2a`, ...) sort
                before the file whose history they are: ingest the folder in name order. `EXPECTED.csv`
                holds the same table for tests.

                | file | expected outcome | rule | what is in it |
                | --- | --- | --- | --- |
                """);
        for (FlawCase c : cases) {
            readme.append("| `").append(c.file()).append("` | ").append(c.outcome()).append(" | ")
                    .append(c.rule() == null ? "" : "`" + c.rule().code() + "`").append(" | ")
                    .append(c.note().replace("|", "\\|")).append(" |\n");
        }
        Files.writeString(dir.resolve("README.md"), readme, StandardCharsets.UTF_8);
    }
}
