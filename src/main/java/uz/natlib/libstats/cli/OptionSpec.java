package uz.natlib.libstats.cli;

import java.util.function.Function;

/**
 * One {@code --name [value]} option of a command.
 *
 * @param valueName shown in help; {@code null} for a flag without a value
 * @param check     returns an error message for a bad value, or {@code null}
 * @param required  the command cannot run without it
 */
public record OptionSpec(String name, String valueName, String help, Function<String, String> check,
                         boolean required) {

    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, help, v -> null, false);
    }

    public static OptionSpec value(String name, String valueName, String help, Function<String, String> check) {
        return new OptionSpec(name, valueName, help, check, false);
    }

    public static OptionSpec required(String name, String valueName, String help, Function<String, String> check) {
        return new OptionSpec(name, valueName, help + " (required)", check, true);
    }

    public boolean takesValue() {
        return valueName != null;
    }

    /** Checks for a whole number in a range, e.g. a year or a quarter. */
    public static Function<String, String> integerBetween(int min, int max) {
        return v -> {
            try {
                int n = Integer.parseInt(v.strip());
                return n < min || n > max ? "must be between " + min + " and " + max + ", not " + v : null;
            } catch (NumberFormatException e) {
                return "must be a whole number, not '" + v + "'";
            }
        };
    }

    public static Function<String, String> oneOf(String... allowed) {
        return v -> java.util.Arrays.asList(allowed).contains(v) ? null
                : "must be one of " + String.join(", ", allowed) + ", not '" + v + "'";
    }

    public static Function<String, String> matching(String regex, String expected) {
        return v -> v.matches(regex) ? null : "must be " + expected + ", not '" + v + "'";
    }
}
