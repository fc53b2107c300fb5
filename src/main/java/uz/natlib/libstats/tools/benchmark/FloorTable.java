package uz.natlib.libstats.tools.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline's stages against floors measured in the same run on the same data, as a markdown
 * table. Absolute times on a shared machine move by a third from run to run; a stage's ratio to a
 * floor measured beside it moves much less, so the targets are ratios.
 */
final class FloorTable {

    /** Ingest must reach at least half the combined floor of reading and loading. */
    static final double INGEST_TARGET = 0.50;
    /** Consolidation may take at most three times its floor. */
    static final double CONSOLIDATION_TARGET = 3.0;

    /** The read floor: {@code files} unzipped and byte-scanned ({@code parts} worksheets and shared strings) on {@code threads} threads. */
    record Read(long files, long parts, int threads, double seconds) {
        double filesPerSecond() {
            return files / seconds;
        }
    }

    /** The load floor: {@code rows} sent by one COPY. */
    record Load(long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** An ingest of {@code files} files, with the floors measured on those files and the rows it stored. */
    record Ingest(String what, long files, double seconds, Read read, Load load) {

        double filesPerSecond() {
            return files / seconds;
        }

        double valuesPerFile() {
            return (double) load.rows() / files;
        }

        /** The load floor in files: its rows/s divided by the rows this run stored per file. */
        double loadFilesPerSecond() {
            return load.rowsPerSecond() / valuesPerFile();
        }

        double combinedFloor() {
            return combined(read.filesPerSecond(), loadFilesPerSecond());
        }

        /** Ingest files/s as a share of the combined floor (1 = as fast as the floor). */
        double ratio() {
            return filesPerSecond() / combinedFloor();
        }

        boolean met() {
            return ratio() >= INGEST_TARGET;
        }
    }

    /** A consolidation and its floor: one GROUP BY over the {@code floorRows} figures it reads. */
    record Consolidation(String what, double seconds, long floorRows, double floorSeconds) {

        /** How many times its floor the consolidation took. */
        double ratio() {
            return seconds / floorSeconds;
        }

        boolean met() {
            return ratio() <= CONSOLIDATION_TARGET;
        }
    }

    private final List<String> rows = new ArrayList<>();

    /**
     * Files per second of reading then loading one file after the other, each at its floor: their
     * times per file add up. The pipeline overlaps them, but on a machine whose cores both stages
     * saturate, overlap buys nothing, so this is what it cannot beat.
     */
    static double combined(double readFilesPerSecond, double loadFilesPerSecond) {
        return 1 / (1 / readFilesPerSecond + 1 / loadFilesPerSecond);
    }

    FloorTable ingest(Ingest ingest) {
        Read read = ingest.read();
        rows.add(row(String.format(Locale.ROOT, "read floor: unzip and scan every worksheet and shared-strings part"
                        + " of the same %s files (%s parts), %d threads", grouped(read.files()), grouped(read.parts()),
                        read.threads()), grouped(read.filesPerSecond()) + " files/s", "", "", ""));
        rows.add(row(String.format(Locale.ROOT, "load floor: one COPY of the %s rows the ingest stored into an"
                        + " unlogged table of data_value's shape", grouped(ingest.load().rows())),
                String.format(Locale.ROOT, "%s rows/s = %s files/s at %.1f values a file",
                        grouped(ingest.load().rowsPerSecond()), grouped(ingest.loadFilesPerSecond()),
                        ingest.valuesPerFile()), "", "", ""));
        rows.add(row("combined floor: 1 / (1/read + 1/load)", grouped(ingest.combinedFloor()) + " files/s", "", "", ""));
        rows.add(row("**" + ingest.what() + "**", "**" + grouped(ingest.filesPerSecond()) + " files/s**",
                String.format(Locale.ROOT, "**%.1f %%** of the combined floor", 100 * ingest.ratio()),
                String.format(Locale.ROOT, "≥ %.0f %%", 100 * INGEST_TARGET), ingest.met() ? "yes" : "**no**"));
        return this;
    }

    FloorTable consolidation(Consolidation consolidation) {
        rows.add(row(String.format(Locale.ROOT, "consolidation floor: one GROUP BY of the %s figures it reads into"
                        + " an unlogged table", grouped(consolidation.floorRows())),
                String.format(Locale.ROOT, "%.2f s", consolidation.floorSeconds()), "", "", ""));
        rows.add(row("**" + consolidation.what() + "**",
                String.format(Locale.ROOT, "**%.2f s**", consolidation.seconds()),
                String.format(Locale.ROOT, "**%.1f ×** its floor", consolidation.ratio()),
                String.format(Locale.ROOT, "≤ %.0f ×", CONSOLIDATION_TARGET), consolidation.met() ? "yes" : "**no**"));
        return this;
    }

    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| what | measured | ratio | target | met |\n");
        table.append("|---|---:|---:|---|---|\n");
        rows.forEach(r -> table.append(r).append('\n'));
        return table.toString();
    }

    private static String row(String what, String measured, String ratio, String target, String met) {
        return "| " + what + " | " + measured + " | " + ratio + " | " + target + " | " + met + " |";
    }

    /** Rounded to a whole number, thousands apart by a space as in the README. */
    static String grouped(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value)).replace(',', ' ');
    }
}
