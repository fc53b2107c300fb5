package uz.natlib.libstats.normalisation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.stream.Collectors;

import uz.natlib.libstats.catalogue.Measure;
import uz.natlib.libstats.vocabulary.UzbekScript;

/** Whether a text names a measure: its key or its label in Cyrillic, Latin or English, spelling-blind. */
final class MeasureLabels {

    private MeasureLabels() {
    }

    static boolean names(Measure measure, String text) {
        String key = key(text);
        return !key.isEmpty() && (key.equals(key(measure.key())) || key.equals(key(measure.labelCyrl()))
                || key.equals(key(measure.labelLatn())) || key.equals(key(measure.labelEn())));
    }

    static Optional<Measure> find(List<Measure> candidates, String text) {
        return candidates.stream().filter(m -> names(m, text)).findFirst();
    }

    /** {@code ном, нусха}: a row's measures as the Cyrillic message names them. */
    static String cyrl(List<Measure> measures) {
        return measures.stream().map(Measure::labelCyrl).collect(Collectors.joining(", "));
    }

    static String en(List<Measure> measures) {
        return measures.stream().map(Measure::labelEn).collect(Collectors.joining(", "));
    }

    // The same few labels come in every file: their keys are worth remembering.
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    // Template labels may carry a colon or a full stop ("нусха:"); they are not part of the name.
    private static String key(String text) {
        String known = KEYS.get(text);
        if (known != null) {
            return known;
        }
        String key = UzbekScript.matchKey(text).replaceAll("[:.]+$", "").strip();
        if (KEYS.size() < 10_000) {
            KEYS.put(text, key);
        }
        return key;
    }
}
