package uz.natlib.libstats.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses a command line with picocli and only then starts the application for the command's body.
 * Parsing and every check that needs no database (numbers, regions, catalogue years, folders)
 * happen first, so that {@code --help} and bad arguments are answered at once, without starting
 * Spring and the embedded PostgreSQL. The body is the {@link CommandHandler} bean whose type
 * argument is the parsed {@code @Command} class.
 */
public final class CommandLineFace {

    private static final String DATA_FOLDER = """
            Data folder: $LIBSTATS_HOME (default ./var). Database: embedded PostgreSQL there,
            or the server named by SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME/PASSWORD).""";

    private final Object commands;
    private final Function<Object, ConfigurableApplicationContext> application;

    /**
     * @param commands    the top-level {@code @Command} naming every subcommand
     * @param application starts the application context; called only for a command to run
     */
    public CommandLineFace(Object commands, Supplier<ConfigurableApplicationContext> application) {
        this(commands, arguments -> application.get());
    }

    /**
     * @param application starts the application context that suits the parsed command (the
     *                    service starts a web application, the other commands do not)
     */
    public CommandLineFace(Object commands, Function<Object, ConfigurableApplicationContext> application) {
        this.commands = commands;
        this.application = application;
    }

    /** Runs a command line; returns the exit status: 0 success, 1 failure, 2 bad arguments. */
    public int run(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CommandLine commandLine = commandLine(commands);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(CommandLineFace::usageError);
        commandLine.setExecutionStrategy(parsed -> execute(parsed, out));
        return commandLine.execute(args);
    }

    /**
     * Parses one command's arguments (without the command's name) into its {@code @Command}
     * object, as the command line would; for calling a body directly.
     */
    public static <A> A arguments(Class<A> command, String... args) {
        CommandLine commandLine = commandLine(command);
        commandLine.parseArgs(args);
        return commandLine.getCommand();
    }

    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(100);
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "failure");
        exitCodes.put("2", "bad arguments (nothing was started)");
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            // The first line of a description sums the command up: it is what the list of commands shows.
            usage.header(usage.description()[0].lines().findFirst().orElse(""));
            sub.getHelpSectionMap().remove(UsageMessageSpec.SECTION_KEY_HEADER);
            usage.descriptionHeading("%n")
                    .sortOptions(false)
                    .sortSynopsis(false)
                    .exitCodeListHeading("%nExit status:%n")
                    .exitCodeList(exitCodes)
                    .footer("", DATA_FOLDER);
            // The scripts under jobs/ are how commands are called: their usage line says so.
            sub.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                    help -> help.synopsis(help.synopsisHeadingLength())
                            .replaceFirst("^" + help.commandSpec().parent().name() + " ", "jobs/"));
        }
        return commandLine;
    }

    private int execute(ParseResult parsed, PrintStream out) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        if (!parsed.hasSubcommand()) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "no command given");
        }
        CommandSpec command = parsed.subcommand().commandSpec();
        Object arguments = command.userObject();
        if (arguments instanceof CheckedArguments checked) {
            checked.problem().ifPresent(problem -> {
                throw new ParameterException(command.commandLine(), problem);
            });
        }
        try (ConfigurableApplicationContext context = application.apply(arguments)) {
            CommandHandler<Object> handler = handler(context, arguments.getClass());
            int status = handler.run(arguments, out);
            out.flush();
            return SpringApplication.exit(context, () -> status);
        } catch (UsageException e) {
            System.err.println("libstats " + command.name() + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (Exception e) {
            Throwable explained = explained(e);
            if (explained != null) {
                System.err.println("libstats " + command.name() + ": " + explained.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            // Looked up only here: setting up logging costs more than answering a usage error.
            Logger log = LoggerFactory.getLogger(CommandLineFace.class);
            log.error("{} failed", command.name(), e);
            System.err.println("libstats " + command.name() + " failed: " + rootMessage(e));
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    @SuppressWarnings("unchecked")
    private static CommandHandler<Object> handler(ConfigurableApplicationContext context, Class<?> arguments) {
        return (CommandHandler<Object>) context.getBeanProvider(
                ResolvableType.forClassWithGenerics(CommandHandler.class, arguments)).getObject();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        CommandSpec spec = commandLine.getCommandSpec();
        if (spec.parent() == null) {
            String problem = args.length == 0 || e.getMessage().equals("no command given") ? "no command given"
                    : "unknown command '" + args[0] + "'";
            err.println(spec.name() + ": " + problem + "; commands: "
                    + String.join(", ", commandLine.getSubcommands().keySet()));
            UnmatchedArgumentException.printSuggestions(e, err);
        } else {
            err.println(spec.parent().name() + " " + spec.name() + ": " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try 'jobs/" + spec.name() + " --help'.");
        }
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static Throwable explained(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExplainedFailure) {
                return t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
