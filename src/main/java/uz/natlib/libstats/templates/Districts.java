package uz.natlib.libstats.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uz.natlib.libstats.territory.Territory;

/**
 * The territory read once and looked up in memory, so that writing thousands of workbooks costs
 * no query per file.
 */
public final class Districts {

    private final Map<String, Territory> byCode = new LinkedHashMap<>();

    public Districts(List<Territory> territories) {
        territories.forEach(t -> byCode.put(t.code(), t));
    }

    public Optional<Territory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Territory> regions() {
        return byCode.values().stream().filter(t -> t.level() == Territory.Level.REGION).toList();
    }

    /** A region's districts and cities of regional rank, by code. */
    public List<Territory> districtsOf(String regionCode) {
        return byCode.values().stream()
                .filter(t -> t.level() == Territory.Level.DISTRICT && regionCode.equals(t.parentCode()))
                .sorted(java.util.Comparator.comparing(Territory::code))
                .toList();
    }

    public Territory regionOf(Territory district) {
        return find(district.parentCode()).orElseThrow(() -> new IllegalArgumentException(
                "district " + district.code() + " has no region " + district.parentCode()));
    }
}
