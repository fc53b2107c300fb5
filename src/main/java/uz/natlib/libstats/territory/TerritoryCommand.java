package uz.natlib.libstats.territory;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/territory [--region CODE]}: the regions, or one region and its districts. */
@Component
public class TerritoryCommand implements CommandHandler<TerritoryCommand.Arguments> {

    @Command(name = "territory", description = """
            Print the regions and their districts and cities with SOATO codes and names.

            Without --region: every region followed by its districts and cities of regional rank.
            With --region: that region and its units. Columns are tab-separated: code, level,
            kind, name in Uzbek Latin, Uzbek Cyrillic and Russian.
            """)
    public static final class Arguments {
        @Option(names = "--region", paramLabel = "CODE", converter = TerritoryConverters.Region.class,
                description = "SOATO code of a region, e.g. 1706 (Bukhara)")
        String region;
    }

    private final TerritoryRepository territories;

    TerritoryCommand(TerritoryRepository territories) {
        this.territories = territories;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) {
        List<Territory> rows = Optional.ofNullable(arguments.region)
                .map(territories::regionWithDistricts)
                .orElseGet(territories::all);
        if (rows.isEmpty()) {
            throw new UsageException("no region " + arguments.region + "; regions are "
                    + territories.regions().stream().map(Territory::code).toList());
        }
        out.println("code\tlevel\tkind\tname_latn\tname_cyrl\tname_ru");
        for (Territory t : rows) {
            out.println(String.join("\t", t.code(), t.dbLevel(), t.kind(), t.nameLatn(), t.nameCyrl(), t.nameRu()));
        }
        long regions = rows.stream().filter(t -> t.level() == Territory.Level.REGION).count();
        long units = rows.size() - regions;
        System.err.printf("%d region(s), %d district(s) and cities%n", regions, units);
        return 0;
    }
}
