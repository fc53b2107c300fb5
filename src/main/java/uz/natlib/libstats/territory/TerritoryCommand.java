package uz.natlib.libstats.territory;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/territory [--region CODE]}: the regions, or one region and its districts. */
@Component
public class TerritoryCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("territory",
            "Print the regions and their districts and cities with SOATO codes and names.",
            """
            Without --region: every region followed by its districts and cities of regional rank.
            With --region: that region and its units. Columns are tab-separated: code, level,
            kind, name in Uzbek Latin, Uzbek Cyrillic and Russian.
            """,
            List.of(OptionSpec.value("region", "CODE", "SOATO code of a region, e.g. 1706 (Bukhara)",
                    OptionSpec.matching("17\\d\\d", "a four-digit region SOATO code starting with 17"))),
            null);

    private final TerritoryRepository territories;

    TerritoryCommand(TerritoryRepository territories) {
        this.territories = territories;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) {
        List<Territory> rows = invocation.option("region")
                .map(territories::regionWithDistricts)
                .orElseGet(territories::all);
        if (rows.isEmpty()) {
            throw new UsageException("no region " + invocation.option("region").orElse("") + "; regions are "
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
