package uz.natlib.libstats;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import uz.natlib.libstats.tools.benchmark.BenchmarkCommand;
import uz.natlib.libstats.catalogue.CatalogueCommand;
import uz.natlib.libstats.cli.ArgumentParser;
import uz.natlib.libstats.consolidation.ConsolidateCommand;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.ingest.IngestCommand;
import uz.natlib.libstats.periods.PeriodsCommand;
import uz.natlib.libstats.pipeline.RunCommand;
import uz.natlib.libstats.reports.ReportCommand;
import uz.natlib.libstats.tools.samples.SamplesCommand;
import uz.natlib.libstats.templates.TemplatesCommand;
import uz.natlib.libstats.territory.TerritoryCommand;

/**
 * The command-line face: {@code java -jar libstats.jar <command> [options]}; the scripts under
 * {@code jobs/} call it. Arguments are checked before the application (and its database) starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LibstatsApplication {

    private static final Logger log = LoggerFactory.getLogger(LibstatsApplication.class);

    static final List<CommandSpec> COMMANDS = List.of(
            RunCommand.SPEC,
            CatalogueCommand.SPEC,
            TerritoryCommand.SPEC,
            TemplatesCommand.SPEC,
            IngestCommand.SPEC,
            SamplesCommand.SPEC,
            PeriodsCommand.SPEC,
            ConsolidateCommand.SPEC,
            ReportCommand.SPEC,
            BenchmarkCommand.SPEC);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Invocation invocation;
        try {
            invocation = new ArgumentParser(COMMANDS).parse(args);
        } catch (UsageException e) {
            String command = args.length > 0 ? args[0] : "<command>";
            System.err.println("libstats " + command + ": " + e.getMessage());
            System.err.println("Try 'jobs/" + command + " --help'.");
            return 2;
        }
        if (invocation.help()) {
            out.print(invocation.command().help());
            return 0;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LibstatsApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off"))
                .run()) {
            CommandHandler handler = context.getBeansOfType(CommandHandler.class).values().stream()
                    .filter(h -> h.spec().name().equals(invocation.command().name()))
                    .findFirst().orElseThrow();
            int status = handler.run(invocation, out);
            out.flush();
            return SpringApplication.exit(context, () -> status);
        } catch (UsageException e) {
            System.err.println("libstats " + invocation.command().name() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            log.error("{} failed", invocation.command().name(), e);
            System.err.println("libstats " + invocation.command().name() + " failed: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
