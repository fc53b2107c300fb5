package uz.natlib.libstats.cli;

import java.util.List;

/**
 * What a command accepts, known before the application starts so that bad arguments and
 * {@code --help} are answered at once.
 *
 * @param positional name of the optional positional argument (e.g. "DIR"), or {@code null}
 */
public record CommandSpec(String name, String summary, String description, List<OptionSpec> options,
                          String positional) {

    public String help() {
        StringBuilder out = new StringBuilder();
        out.append("Usage: jobs/").append(name);
        for (OptionSpec o : options) {
            out.append(" [--").append(o.name()).append(o.takesValue() ? " " + o.valueName() : "").append(']');
        }
        if (positional != null) {
            out.append(" [").append(positional).append(']');
        }
        out.append("\n\n").append(summary).append('\n');
        if (description != null && !description.isBlank()) {
            out.append('\n').append(description.strip()).append('\n');
        }
        out.append("\nOptions:\n");
        for (OptionSpec o : options) {
            String left = "  --" + o.name() + (o.takesValue() ? " " + o.valueName() : "");
            out.append(String.format("%-28s %s%n", left, o.help()));
        }
        out.append(String.format("%-28s %s%n", "  --help", "show this help and exit"));
        out.append("\nExit status: 0 success, 1 failure, 2 bad arguments.\n");
        out.append("Data folder: $LIBSTATS_HOME (default ./var). Database: embedded PostgreSQL there,\n")
           .append("or the server named by SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME/PASSWORD).\n");
        return out.toString();
    }
}
