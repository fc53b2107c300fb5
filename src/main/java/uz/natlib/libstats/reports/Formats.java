package uz.natlib.libstats.reports;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --format}: a list of pdf, xlsx, csv (csv meaning the long CSV and SDMX-CSV). */
public record Formats(Set<ReportFormat> set) {

    private static final Pattern LIST = Pattern.compile("(pdf|xlsx|csv)(,(pdf|xlsx|csv))*");

    public static final Formats ALL = parse("pdf,xlsx,csv");

    public Formats {
        set = Set.copyOf(EnumSet.copyOf(set));
    }

    public static Formats parse(String value) {
        if (!LIST.matcher(value.strip()).matches()) {
            throw new TypeConversionException("must be a list of pdf, xlsx, csv, not '" + value + "'");
        }
        return new Formats(ReportFormat.parse(value));
    }

    /** As a job parameter, e.g. "pdf,csv"; SDMX-CSV comes with csv. */
    public String codes() {
        return EnumSet.copyOf(set).stream().filter(f -> f != ReportFormat.SDMX || !set.contains(ReportFormat.CSV))
                .map(ReportFormat::code).collect(Collectors.joining(","));
    }

    public static final class Converter implements ITypeConverter<Formats> {
        @Override
        public Formats convert(String value) {
            return parse(value);
        }
    }
}
