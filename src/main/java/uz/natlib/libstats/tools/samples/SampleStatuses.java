package uz.natlib.libstats.tools.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ReportedStatus;

/** Answers of the qualitative rows: mostly done, sometimes not, now and then with a note (in Cyrillic). */
final class SampleStatuses {

    private static final List<String> DONE_NOTES = List.of("Режага мувофиқ бажарилди", "Ҳисобот илова қилинди",
            "Вилоят АКМ билан ҳамкорликда ўтказилди", "Ижтимоий тармоқларда ёритилди");
    private static final List<String> NOT_DONE_NOTES = List.of("Кейинги чоракка ўтказилди",
            "Маблағ етишмаслиги сабабли бажарилмади", "Мутахассис йўқлиги сабабли кечикди");

    private SampleStatuses() {
    }

    static List<Map<String, ReportedStatus>> of(Catalogue catalogue, SplittableRandom rng) {
        List<Map<String, ReportedStatus>> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Map<String, ReportedStatus> statuses = new LinkedHashMap<>();
            for (Indicator indicator : catalogue.indicators()) {
                if (!indicator.qualitative() || indicator.periodicity() == Indicator.Periodicity.ANNUAL
                        && SampleGenerator.dueQuarter(indicator) != q) {
                    continue;
                }
                boolean done = rng.nextDouble() < 0.85;
                String note = null;
                if (rng.nextDouble() < (done ? 0.1 : 0.6)) {
                    List<String> notes = done ? DONE_NOTES : NOT_DONE_NOTES;
                    note = notes.get(rng.nextInt(notes.size()));
                }
                statuses.put(indicator.code(), new ReportedStatus(indicator.code(), done, note, null, null));
            }
            quarters.add(statuses);
        }
        return quarters;
    }
}
