package uz.natlib.libstats.identification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Districts found by code or by a name typed in either script with any apostrophe, with or
 * without "tumani" / "shahri". A bare name shared by a district and a city ("Kogon") is
 * ambiguous unless the suffix or the region tells them apart.
 */
public final class TerritoryIndex {

    private static final Set<String> DISTRICT_WORDS = Set.of("tumani", "tuman", "t", "district", "rayon", "район");
    private static final Set<String> CITY_WORDS = Set.of("shahri", "shahar", "sh", "city", "gorod", "город");
    private static final Set<String> REGION_WORDS = Set.of("viloyati", "viloyat", "v", "region", "respublikasi",
            "shahri", "oblast");

    private final Map<String, Territory> byCode;
    private final List<Territory> districts;
    private final List<Territory> regions;
    // Every file's name is compared with every district's: the districts' side is worked out once.
    private final Map<String, String> districtStems = new HashMap<>();
    private final Map<String, String> regionStems = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();

    private static final Pattern PUNCTUATION = Pattern.compile("[().,]");
    private static final Pattern SPACES = Pattern.compile(" +");

    public TerritoryIndex(List<Territory> territories) {
        this.byCode = territories.stream().collect(Collectors.toMap(Territory::code, Function.identity()));
        this.districts = territories.stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList();
        this.regions = territories.stream().filter(t -> t.level() == Territory.Level.REGION).toList();
        districts.forEach(d -> districtStems.put(d.code(), stem(words(d.nameLatn()), true)));
        regions.forEach(r -> regionStems.put(r.code(), stemRegion(words(r.nameLatn()))));
        regions.forEach(r -> regionNames.put(r.code(), String.join(" ", words(r.nameLatn()))));
    }

    public Optional<Territory> byCode(String code) {
        return Optional.ofNullable(byCode.get(code == null ? "" : code.strip()));
    }

    public Optional<Territory> district(String code) {
        return byCode(code).filter(t -> t.level() == Territory.Level.DISTRICT);
    }

    /** Every district whose name could be the one typed, narrowed by the region name if given. */
    public List<Territory> districtsNamed(String typedName, String typedRegion) {
        List<String> words = words(typedName);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean saysDistrict = DISTRICT_WORDS.contains(words.get(words.size() - 1));
        boolean saysCity = CITY_WORDS.contains(words.get(words.size() - 1));
        String stem = stem(words, saysDistrict || saysCity);
        List<Territory> candidates = districts.stream()
                .filter(d -> districtStems.get(d.code()).equals(stem))
                .filter(d -> !saysDistrict || d.kind().equals("district"))
                .filter(d -> !saysCity || d.kind().equals("city"))
                .toList();
        Optional<Territory> region = region(typedRegion);
        if (region.isPresent()) {
            candidates = candidates.stream().filter(d -> d.parentCode().equals(region.get().code())).toList();
        }
        return candidates;
    }

    /** The region a typed name stands for, if exactly one. */
    public Optional<Territory> region(String typedName) {
        List<String> words = words(typedName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // "Toshkent viloyati" and "Toshkent shahri" share the stem "toshkent": the full name decides first
        String typed = String.join(" ", words);
        List<Territory> named = regions.stream().filter(r -> regionNames.get(r.code()).equals(typed)).toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        String stem = stemRegion(words);
        List<Territory> found = regions.stream().filter(r -> regionStems.get(r.code()).equals(stem)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<String> words(String text) {
        String key = PUNCTUATION.matcher(UzbekScript.matchKey(text)).replaceAll(" ").strip();
        return key.isEmpty() ? List.of() : List.of(SPACES.split(key));
    }

    private static String stem(List<String> words, boolean dropLast) {
        boolean drop = dropLast && words.size() > 1
                && (DISTRICT_WORDS.contains(words.get(words.size() - 1)) || CITY_WORDS.contains(words.get(words.size() - 1)));
        return String.join(" ", drop ? words.subList(0, words.size() - 1) : words);
    }

    private static String stemRegion(List<String> words) {
        boolean drop = words.size() > 1 && REGION_WORDS.contains(words.get(words.size() - 1));
        return String.join(" ", drop ? words.subList(0, words.size() - 1) : words);
    }
}
