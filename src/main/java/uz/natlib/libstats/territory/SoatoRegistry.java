package uz.natlib.libstats.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.natlib.libstats.vocabulary.MixedScript;
import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Reads the public SOATO register (dcopm999/uzsoato_registry, soato/fixtures/soato.json, MIT)
 * and cleans it: drops the grouping rows that are not districts, repairs names that mix scripts
 * and gives Latin names their proper apostrophes.
 */
public final class SoatoRegistry {

    public static final String RESOURCE = "/reference/soato.json";

    // "… viloyatining tumanlari", "… ahamiyatiga ega shaharlari": headings of the register, not units.
    private static final Pattern GROUPING_NAME = Pattern.compile("(tumanlari|shaharlari+|shaharlar)$");

    private SoatoRegistry() {
    }

    public static List<Territory> load() {
        try (InputStream in = SoatoRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Nation, regions and districts, parents before children, each level ordered by code. */
    public static List<Territory> parse(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<Territory> nation = new ArrayList<>();
        List<Territory> regions = new ArrayList<>();
        List<Territory> districts = new ArrayList<>();
        Map<Integer, String> regionCodeByPk = new HashMap<>();
        String nationCode = null;
        for (JsonNode row : root) {
            String model = row.get("model").asString();
            JsonNode f = row.get("fields");
            String code = f.get("soato").asString().strip();
            switch (model) {
                case "soato.country" -> {
                    nationCode = code;
                    nation.add(clean(code, Territory.Level.NATION, "nation", null, f));
                }
                case "soato.region" -> {
                    regionCodeByPk.put(row.get("pk").asInt(), code);
                    regions.add(clean(code, Territory.Level.REGION, regionKind(code), null, f));
                }
                default -> { }
            }
        }
        for (JsonNode row : root) {
            if (!row.get("model").asString().equals("soato.district")) {
                continue;
            }
            JsonNode f = row.get("fields");
            String code = f.get("soato").asString().strip();
            if (isGrouping(code, f.get("name").asString())) {
                continue;
            }
            String region = regionCodeByPk.get(f.get("region").asInt());
            districts.add(clean(code, Territory.Level.DISTRICT, districtKind(code), region, f));
        }
        String parentOfRegions = nationCode;
        List<Territory> all = new ArrayList<>(nation);
        regions.stream()
                .map(r -> new Territory(r.code(), r.level(), r.kind(), parentOfRegions, r.nameCyrl(), r.nameLatn(), r.nameRu()))
                .sorted(Comparator.comparing(Territory::code))
                .forEach(all::add);
        districts.stream().sorted(Comparator.comparing(Territory::code)).forEach(all::add);
        return all;
    }

    static boolean isGrouping(String code, String latinName) {
        return code.endsWith("200") || code.endsWith("400") || GROUPING_NAME.matcher(latinName.strip()).find();
    }

    private static String regionKind(String code) {
        return switch (code) {
            case "1735" -> "republic";
            case "1726" -> "capital";
            default -> "region";
        };
    }

    // The fifth digit of a seven-digit SOATO code tells a rural district (2) from a city of regional rank (4).
    private static String districtKind(String code) {
        return code.charAt(4) == '4' ? "city" : "district";
    }

    private static Territory clean(String code, Territory.Level level, String kind, String parent, JsonNode f) {
        String cyrl = MixedScript.repairCyrillic(f.get("name_cyr").asString().strip());
        String latn = UzbekScript.normaliseLatinApostrophes(MixedScript.repairLatin(f.get("name").asString().strip()));
        String ru = MixedScript.repairCyrillic(f.get("name_rus").asString().strip());
        return new Territory(code, level, kind, parent, cyrl, latn, ru);
    }
}
