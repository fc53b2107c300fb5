package uz.natlib.libstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;

/**
 * Conversions of option values that answer a bad value before the application starts: they read
 * only the command line, the file system and the resources (catalogues, the SOATO register), never
 * the database.
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

    /** A year whose indicator catalogue ships with the application ({@code catalogue/<year>.csv}). */
    public static final class CatalogueYear implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int year = new Year().convert(value);
            if (!CatalogueFiles.exists(year)) {
                throw new TypeConversionException("no catalogue for " + year + "; catalogues exist for "
                        + CatalogueFiles.years());
            }
            return year;
        }
    }

    /** The four-digit SOATO code of a region of the register, e.g. 1706. */
    public static final class Region implements ITypeConverter<String> {
        private static final Pattern CODE = Pattern.compile("17\\d\\d");

        @Override
        public String convert(String value) {
            String code = value.strip();
            if (!CODE.matcher(code).matches()) {
                throw new TypeConversionException("must be a four-digit region SOATO code starting with 17, not '"
                        + value + "'");
            }
            if (territory(code).filter(t -> t.level() == Territory.Level.REGION).isEmpty()) {
                throw new TypeConversionException("no region " + code + "; regions are " + Register.REGIONS);
            }
            return code;
        }
    }

    /** {@code all}, or region codes separated by commas. */
    public static final class RegionList implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.strip().equals("all")) {
                return "all";
            }
            Region region = new Region();
            return Arrays.stream(value.split(",", -1)).map(region::convert).collect(Collectors.joining(","));
        }
    }

    /** The seven-digit SOATO code of a district or city of regional rank, e.g. 1706246. */
    public static final class District implements ITypeConverter<String> {
        private static final Pattern CODE = Pattern.compile("17\\d{5}");

        @Override
        public String convert(String value) {
            String code = value.strip();
            if (!CODE.matcher(code).matches()) {
                throw new TypeConversionException("must be a seven-digit district SOATO code starting with 17, not '"
                        + value + "'");
            }
            if (territory(code).filter(t -> t.level() == Territory.Level.DISTRICT).isEmpty()) {
                throw new TypeConversionException("no district " + code + "; see jobs/territory");
            }
            return code;
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

    private static java.util.Optional<Territory> territory(String code) {
        return java.util.Optional.ofNullable(Register.BY_CODE.get(code));
    }

    // Read on first use only: most commands never look a territory up before they start.
    private static final class Register {
        static final Map<String, Territory> BY_CODE = SoatoRegistry.load().stream()
                .collect(Collectors.toUnmodifiableMap(Territory::code, Function.identity()));
        static final List<String> REGIONS = BY_CODE.values().stream()
                .filter(t -> t.level() == Territory.Level.REGION).map(Territory::code).sorted().toList();
    }
}
