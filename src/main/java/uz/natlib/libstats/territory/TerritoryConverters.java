package uz.natlib.libstats.territory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Region and district codes on the command line, checked against the SOATO register shipped with
 * the application, before the application (and its database) starts.
 */
public final class TerritoryConverters {

    private TerritoryConverters() {
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

    /** Any territory of the register by its SOATO code: 17 (the nation), a region (1706) or a district (1706246). */
    public static final class Any implements ITypeConverter<String> {
        private static final Pattern CODE = Pattern.compile("17(\\d\\d(\\d{3})?)?");

        @Override
        public String convert(String value) {
            String code = value.strip();
            if (!CODE.matcher(code).matches()) {
                throw new TypeConversionException("must be a SOATO code: 17 (the nation), a region (e.g. 1706) or a "
                        + "district (e.g. 1706246), not '" + value + "'");
            }
            if (territory(code).isEmpty()) {
                throw new TypeConversionException("no territory " + code + "; see jobs/territory");
            }
            return code;
        }
    }

    private static Optional<Territory> territory(String code) {
        return Optional.ofNullable(Register.BY_CODE.get(code));
    }

    // Read on first use only: most commands never look a territory up before they start.
    private static final class Register {
        static final Map<String, Territory> BY_CODE = SoatoRegistry.load().stream()
                .collect(Collectors.toUnmodifiableMap(Territory::code, Function.identity()));
        static final List<String> REGIONS = BY_CODE.values().stream()
                .filter(t -> t.level() == Territory.Level.REGION).map(Territory::code).sorted().toList();
    }
}
