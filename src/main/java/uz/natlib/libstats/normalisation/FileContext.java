package uz.natlib.libstats.normalisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uz.natlib.libstats.catalogue.CatalogueIndex;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/** What normalising one file shares between its values and its answers: the catalogue and the findings so far. */
final class FileContext {

    static final RuleId UNKNOWN_INDICATOR = RuleId.UNKNOWN_INDICATOR;

    final CatalogueIndex catalogue;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> unknownCodes = new HashSet<>();

    FileContext(CatalogueIndex catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The catalogue row of a code. A code the year's table lacks is reported once, on the first cell
     * that carries something: that is how a file of an older or foreign template is recognised.
     */
    Optional<Indicator> indicator(String code, RawCell cell) {
        Optional<Indicator> indicator = catalogue.indicator(code);
        if (indicator.isEmpty() && unknownCodes.add(code == null ? "" : code.strip())) {
            String shown = code == null ? "" : code.strip();
            int year = catalogue.year();
            add(Finding.error(UNKNOWN_INDICATOR, cell.sheet(), cell.cell(), cell.text(), Message.of(
                    Wording.at(cell.cell(), "«" + ShownText.quoted(shown) + "» коди " + year + " йил жадвалида йўқ: файл эски ёки бошқа"
                            + " шаклда тўлдирилган бўлиши мумкин; Миллий кутубхонанинг " + year
                            + " йил шаклидан фойдаланинг"),
                    Wording.at(cell.cell(), "code «" + ShownText.quoted(shown) + "» is not in the " + year + " table: the file may come"
                            + " from an older or another template; use the National Library's " + year + " form"))));
        }
        return indicator;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }
}
