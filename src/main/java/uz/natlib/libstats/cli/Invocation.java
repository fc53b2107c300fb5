package uz.natlib.libstats.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed command line: the command, its option values and its positional arguments. */
public record Invocation(CommandSpec command, Map<String, String> options, List<String> positionals, boolean help) {

    public Invocation {
        options = Map.copyOf(options);
        positionals = List.copyOf(positionals);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public Optional<Integer> intOption(String name) {
        return option(name).map(String::strip).map(Integer::valueOf);
    }

    public Optional<String> positional() {
        return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.get(0));
    }
}
