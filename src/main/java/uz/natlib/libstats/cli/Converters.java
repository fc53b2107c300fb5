package uz.natlib.libstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Conversions of option values that answer a bad value before the application starts: they read
 * only the command line and the file system, never the database. Values that need a feature's
 * reference data have their converters in that feature (e.g.
 * {@code TerritoryConverters}, {@code reports.Formats}).
 */
public final class Converters {

    private Converters() {
    }

    /** A whole number within bounds; the subclasses name the bounds once for every command. */
    public abstract static class IntRange implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        protected IntRange(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, not '" + value + "'");
            }
            if (n < min || n > max) {
                throw new TypeConversionException("must be between " + min + " and " + max + ", not " + value);
            }
            return n;
        }
    }

    public static final class Year extends IntRange {
        public Year() {
            super(2000, 2100);
        }
    }

    public static final class Quarter extends IntRange {
        public Quarter() {
            super(1, 4);
        }
    }

    public static final class Threads extends IntRange {
        public Threads() {
            super(1, 64);
        }
    }

    public static final class NonNegative extends IntRange {
        public NonNegative() {
            super(0, Integer.MAX_VALUE);
        }
    }

    /** A period as the warehouse writes it: 2021Q3 (a quarter) or 2021 (a year's plan). */
    public static final class PeriodCode implements ITypeConverter<String> {
        private static final Pattern PERIOD = Pattern.compile("20\\d\\d(Q[1-4])?");

        @Override
        public String convert(String value) {
            if (!PERIOD.matcher(value).matches()) {
                throw new TypeConversionException("must be a period such as 2021Q1 or 2021, not '" + value + "'");
            }
            return value;
        }
    }

    /** A folder to read from: it must exist. */
    public static final class ExistingFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path dir = Path.of(value);
            if (!Files.isDirectory(dir)) {
                throw new TypeConversionException("no such folder: " + dir);
            }
            return dir;
        }
    }

    /**
     * A folder to write into: created if missing, but only inside a folder that exists, so that a
     * mistyped path is an error and not a tree of new folders somewhere unexpected.
     */
    public static final class OutputFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path dir = Path.of(value);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new TypeConversionException("not a folder: " + dir);
            }
            Path parent = dir.toAbsolutePath().normalize().getParent();
            if (!Files.isDirectory(dir) && parent != null && !Files.isDirectory(parent)) {
                throw new TypeConversionException("no such folder: " + parent + " (the folder " + dir.getFileName()
                        + " is created inside an existing one)");
            }
            return dir;
        }
    }
}
