package uz.natlib.libstats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import uz.natlib.libstats.catalogue.CatalogueCommand;
import uz.natlib.libstats.consolidation.ConsolidateCommand;
import uz.natlib.libstats.ingest.IngestCommand;
import uz.natlib.libstats.periods.PeriodsCommand;
import uz.natlib.libstats.pipeline.RunCommand;
import uz.natlib.libstats.reports.ReportCommand;
import uz.natlib.libstats.reports.TimeSeriesCommand;
import uz.natlib.libstats.service.ServeCommand;
import uz.natlib.libstats.templates.TemplatesCommand;
import uz.natlib.libstats.territory.TerritoryCommand;
import uz.natlib.libstats.tools.benchmark.BenchmarkCommand;
import uz.natlib.libstats.tools.samples.SamplesCommand;
import uz.natlib.libstats.users.UsersCommand;

/** {@code java -jar libstats.jar <command> [options]}: every command, each answered by the script jobs/<command>. */
@Command(name = "libstats",
        description = "Library statistics of Uzbekistan. Each command is also a script under jobs/.",
        subcommands = {
                RunCommand.Arguments.class,
                CatalogueCommand.Arguments.class,
                TerritoryCommand.Arguments.class,
                TemplatesCommand.Arguments.class,
                IngestCommand.Arguments.class,
                SamplesCommand.Arguments.class,
                PeriodsCommand.Arguments.class,
                ConsolidateCommand.Arguments.class,
                ReportCommand.Arguments.class,
                TimeSeriesCommand.Arguments.class,
                ServeCommand.Arguments.class,
                UsersCommand.Arguments.class,
                BenchmarkCommand.Arguments.class})
public class Commands {

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "show this help and exit")
    boolean help;
}
