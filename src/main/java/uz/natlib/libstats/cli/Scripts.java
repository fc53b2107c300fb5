package uz.natlib.libstats.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The value of {@code --script}: one script or both. Every command spells "both" the same way;
 * {@code cyrl,latn} is kept because {@code jobs/reports} accepted it before.
 */
public record Scripts(Set<Script> set) {

    public static final Scripts CYRL = new Scripts(EnumSet.of(Script.CYRL));
    public static final Scripts LATN = new Scripts(EnumSet.of(Script.LATN));
    public static final Scripts BOTH = new Scripts(EnumSet.allOf(Script.class));

    public Scripts {
        set = Set.copyOf(EnumSet.copyOf(set));
    }

    public static Scripts parse(String value) {
        return switch (value.strip()) {
            case "cyrl" -> CYRL;
            case "latn" -> LATN;
            case "both", "cyrl,latn", "latn,cyrl" -> BOTH;
            default -> throw new TypeConversionException("must be cyrl, latn or both, not '" + value + "'");
        };
    }

    public boolean both() {
        return set.size() > 1;
    }

    /** As a job parameter: "cyrl", "latn" or "cyrl,latn". */
    public String codes() {
        return EnumSet.copyOf(set).stream().map(Script::code).collect(Collectors.joining(","));
    }

    public static final class Converter implements ITypeConverter<Scripts> {
        @Override
        public Scripts convert(String value) {
            return parse(value);
        }
    }
}
