package uz.natlib.libstats.identification;

import java.util.List;
import java.util.Optional;

import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Rules UnknownDistrict and AmbiguousDistrict: the district is taken from the template's
 * hidden code, else the visible SOATO code, else the district name (with the region's name to
 * tell namesakes apart).
 */
public final class DistrictIdentification {

    private final TerritoryIndex territories;

    public DistrictIdentification(TerritoryIndex territories) {
        this.territories = territories;
    }

    /** The district's code, or the findings that explain why there is none. */
    public Optional<String> identify(Identification id, List<Finding> findings) {
        Optional<RawCell> visibleCode = id.visible(Label.SOATO);
        Optional<String> code = id.meta(ReturnLayout.META_DISTRICT)
                .or(() -> visibleCode.map(c -> c.text().strip().replaceAll("\\.0+$", "")));
        String sheet = visibleCode.map(RawCell::sheet).orElse(null);
        String cell = visibleCode.map(RawCell::cell).orElse(null);
        if (code.isPresent()) {
            Optional<Territory> district = territories.district(code.get());
            if (district.isEmpty()) {
                findings.add(Finding.error(RuleId.UNKNOWN_DISTRICT, sheet, cell, code.get(), Message.of(
                        "«" + ShownText.quoted(code.get()) + "» СОАТО коди бўйича туман (шаҳар) топилмади. Ўз туманингиз шаклидан"
                                + " фойдаланинг ёки СОАТО кодини текширинг.",
                        "No district or city has the SOATO code «" + ShownText.quoted(code.get()) + "». Use your district's template"
                                + " or check the SOATO code.")));
            }
            if (district.isPresent() && id.meta(ReturnLayout.META_DISTRICT).isPresent()) {
                checkVisibleAgrees(id, district.get(), findings);
            }
            return district.map(Territory::code);
        }
        Optional<RawCell> name = id.visible(Label.DISTRICT);
        if (name.isEmpty()) {
            findings.add(Finding.error(RuleId.UNKNOWN_DISTRICT, null, null, null, Message.of(
                    "Файлда туман (шаҳар) кўрсатилмаган: на СОАТО коди, на номи бор.",
                    "The file does not say which district sent it: it has neither a SOATO code nor a name.")));
            return Optional.empty();
        }
        String region = id.visible(Label.REGION).map(RawCell::text).orElse("");
        List<Territory> candidates = territories.districtsNamed(name.get().text(), region);
        String seen = name.get().text();
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0).code());
        }
        if (candidates.isEmpty()) {
            findings.add(Finding.error(RuleId.UNKNOWN_DISTRICT, name.get().sheet(), name.get().cell(), seen, Message.of(
                    "«" + ShownText.quoted(seen) + "» номли туман (шаҳар) топилмади. Номни текширинг ёки СОАТО кодини ёзинг.",
                    "No district or city is called «" + ShownText.quoted(seen) + "». Check the name or enter the SOATO code.")));
        } else {
            String options = String.join(", ", candidates.stream().map(t -> t.nameCyrl() + " (" + t.code() + ")").toList());
            String optionsEn = String.join(", ", candidates.stream().map(t -> t.nameLatn() + " (" + t.code() + ")").toList());
            findings.add(Finding.error(RuleId.AMBIGUOUS_DISTRICT, name.get().sheet(), name.get().cell(), seen, Message.of(
                    "«" + ShownText.quoted(seen) + "» номи бир нечта ҳудудга тўғри келади: " + options
                            + ". «тумани» ёки «шаҳри» деб аниқ ёзинг ёки СОАТО кодини киритинг.",
                    "«" + ShownText.quoted(seen) + "» could be any of: " + optionsEn
                            + ". Write «tumani» or «shahri», or enter the SOATO code.")));
        }
        return Optional.empty();
    }

    /**
     * The hidden sheet names the district the template was made for; the visible block is what
     * people read and may have been edited. When the two name different districts nobody can
     * tell which is meant, so the file is refused with both named.
     */
    private void checkVisibleAgrees(Identification id, Territory hidden, List<Finding> findings) {
        Optional<RawCell> visibleCode = id.visible(Label.SOATO);
        if (visibleCode.isPresent()) {
            String shown = visibleCode.get().text().strip().replaceAll("\\.0+$", "");
            if (!shown.equals(hidden.code())) {
                findings.add(mismatch(visibleCode.get(), hidden, shown));
                return;
            }
        }
        Optional<RawCell> name = id.visible(Label.DISTRICT);
        if (name.isPresent()) {
            String region = id.visible(Label.REGION).map(RawCell::text).orElse("");
            List<Territory> candidates = territories.districtsNamed(name.get().text(), region);
            if (!candidates.isEmpty() && candidates.stream().noneMatch(t -> t.code().equals(hidden.code()))) {
                findings.add(mismatch(name.get(), hidden, name.get().text()));
            }
        }
    }

    private static Finding mismatch(RawCell cell, Territory hidden, String shown) {
        String quoted = ShownText.quoted(shown);
        return Finding.error(RuleId.IDENTIFICATION_MISMATCH, cell.sheet(), cell.cell(), shown, Message.of(
                "Шаклнинг кўринадиган қисмида «" + quoted + "» ёзилган, лекин шакл " + hidden.nameCyrl() + " ("
                        + hidden.code() + ") учун тайёрланган (яширин «_libstats» варағи). Қайси туман ҳисоботи эканини"
                        + " аниқлаб бўлмайди: ўз туманингизнинг шаклини олиб, қайта тўлдиринг.",
                "The visible header says «" + quoted + "», but the template was made for " + hidden.nameLatn() + " ("
                        + hidden.code() + ") (its hidden «_libstats» sheet). Which district's return this is cannot be"
                        + " told: take your own district's template and fill it in again."));
    }
}
