package uz.natlib.libstats.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.identification.PeriodIdentification;
import uz.natlib.libstats.identification.TerritoryIndex;
import uz.natlib.libstats.periods.PeriodRepository;
import uz.natlib.libstats.territory.TerritoryRepository;

/**
 * What every file of a run is checked against, read once per run: territory, catalogues,
 * locked periods and today's date in Tashkent.
 */
@Component
class ReferenceData {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final TerritoryRepository territories;
    private final CatalogueRepository catalogues;
    private final PeriodRepository periods;

    ReferenceData(TerritoryRepository territories, CatalogueRepository catalogues, PeriodRepository periods) {
        this.territories = territories;
        this.catalogues = catalogues;
        this.periods = periods;
    }

    record Snapshot(TerritoryIndex territory, Map<Integer, Catalogue> catalogues,
                    PeriodIdentification.Context periodContext) {

        Optional<Catalogue> catalogue(int year) {
            return Optional.ofNullable(catalogues.get(year));
        }
    }

    Snapshot load() {
        Map<Integer, Catalogue> byYear = new HashMap<>();
        for (int year : catalogues.years()) {
            catalogues.find(year).ifPresent(c -> byYear.put(year, c));
        }
        Set<String> locked = periods.locked();
        var territory = new TerritoryIndex(territories.everything());
        return new Snapshot(territory, Map.copyOf(byYear),
                new PeriodIdentification.Context(Set.copyOf(byYear.keySet()), locked, LocalDate.now(TASHKENT)));
    }
}
