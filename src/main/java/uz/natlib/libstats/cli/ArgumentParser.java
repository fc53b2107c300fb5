package uz.natlib.libstats.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns {@code <command> [--option value] [--flag] [positional]} into an {@link Invocation}. */
public final class ArgumentParser {

    private final List<CommandSpec> commands;

    public ArgumentParser(List<CommandSpec> commands) {
        this.commands = List.copyOf(commands);
    }

    public Invocation parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given; commands: " + names());
        }
        CommandSpec command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'; commands: " + names()));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean help = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String inlineValue = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    inlineValue = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                OptionSpec option = find(command, name)
                        .orElseThrow(() -> new UsageException("unknown option '" + arg + "'"));
                if (options.containsKey(name)) {
                    throw new UsageException("option --" + name + " given twice");
                }
                String value = "";
                if (option.takesValue()) {
                    if (inlineValue != null) {
                        value = inlineValue;
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new UsageException("option --" + name + " needs a value (" + option.valueName() + ")");
                    }
                    String problem = option.check().apply(value);
                    if (problem != null) {
                        throw new UsageException("--" + name + " " + problem);
                    }
                } else if (inlineValue != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                options.put(name, value);
            } else if (command.positional() != null && positionals.isEmpty()) {
                positionals.add(arg);
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (!help) {
            for (OptionSpec option : command.options()) {
                if (option.required() && !options.containsKey(option.name())) {
                    throw new UsageException("--" + option.name() + " " + option.valueName() + " is required");
                }
            }
        }
        return new Invocation(command, options, positionals, help);
    }

    private static Optional<OptionSpec> find(CommandSpec command, String name) {
        return command.options().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private String names() {
        return String.join(", ", commands.stream().map(CommandSpec::name).toList());
    }
}
