package uz.natlib.libstats.service.web.submissions;

import java.util.EnumMap;
import java.util.Map;

import uz.natlib.libstats.vocabulary.Script;

/** One region for a period: how many of its districts are in each state. */
public record RegionRow(String code, String nameCyrl, String nameLatn, Map<DistrictState, Integer> counts) {

    public String name(Script script) {
        return script.pick(nameCyrl, nameLatn);
    }

    public int count(DistrictState state) {
        return counts.getOrDefault(state, 0);
    }

    public int districts() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    static RegionRow empty(String code, String nameCyrl, String nameLatn) {
        return new RegionRow(code, nameCyrl, nameLatn, new EnumMap<>(DistrictState.class));
    }
}
