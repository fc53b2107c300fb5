package uz.natlib.libstats.reports;

import java.util.List;
import uz.natlib.libstats.vocabulary.Script;

/**
 * A report file written by a run, as its step's execution context keeps it (one tab-separated
 * line): what the command prints after the run.
 */
public record WrittenFile(ReportType type, String periodCode, String territoryCode, Script script,
                          ReportFormat format, String path) {

    static WrittenFile of(ReportFile file) {
        return new WrittenFile(file.type(), file.periodCode(), file.territoryCode(), file.script(), file.format(),
                file.path().toString());
    }

    String line() {
        return String.join("\t", type.name(), periodCode, territoryCode, script.name(), format.name(), path);
    }

    static WrittenFile parse(String line) {
        String[] f = line.split("\t", 6);
        return new WrittenFile(ReportType.valueOf(f[0]), f[1], f[2], Script.valueOf(f[3]), ReportFormat.valueOf(f[4]),
                f[5]);
    }

    static List<String> lines(Object stored) {
        return stored instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
