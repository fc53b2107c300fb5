package uz.natlib.libstats.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.vocabulary.UzbekScript;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Rules PeriodMismatch, ImpossiblePeriod, NoCatalogueForYear and PeriodLocked: the kind, year
 * and quarter of a file, from its hidden identification and its visible header, which must agree.
 */
public final class PeriodIdentification {

    /** What the identification rules need to know of the warehouse and the calendar. */
    public record Context(Set<Integer> catalogueYears, Set<String> lockedPeriods, LocalDate today) {
    }

    private final Context context;

    public PeriodIdentification(Context context) {
        this.context = context;
    }

    /** @param quarter 1-4 for a return, {@code null} for a plan */
    public record KindAndPeriod(SubmissionKind kind, int year, Integer quarter) {

        public Period period() {
            return new Period(year, quarter);
        }
    }

    public Optional<KindAndPeriod> identify(Identification id, List<Finding> findings) {
        int before = findings.size();
        Optional<RawCell> visibleYear = id.visible(Label.YEAR);
        Optional<RawCell> visibleQuarter = id.visible(Label.QUARTER);
        OptionalInt metaYear = integer(id.meta(ReturnLayout.META_YEAR).orElse(null));
        OptionalInt shownYear = integer(visibleYear.map(RawCell::text).orElse(null));
        OptionalInt metaQuarter = QuarterText.parse(id.meta(ReturnLayout.META_QUARTER).orElse(null));
        OptionalInt shownQuarter = QuarterText.parse(visibleQuarter.map(RawCell::text).orElse(null));
        SubmissionKind kind = kind(id, metaQuarter.isPresent() || shownQuarter.isPresent());

        if (metaYear.isPresent() && shownYear.isPresent() && metaYear.getAsInt() != shownYear.getAsInt()) {
            mismatch(findings, visibleYear.get(), "йил", "year", metaYear.getAsInt());
        }
        if (metaQuarter.isPresent() && shownQuarter.isPresent() && metaQuarter.getAsInt() != shownQuarter.getAsInt()) {
            mismatch(findings, visibleQuarter.get(), "чорак", "quarter", metaQuarter.getAsInt());
        }
        OptionalInt year = metaYear.isPresent() ? metaYear : shownYear;
        OptionalInt quarter = metaQuarter.isPresent() ? metaQuarter : shownQuarter;
        String yearSeen = visibleYear.map(RawCell::text).orElse(id.meta(ReturnLayout.META_YEAR).orElse(""));
        String yearCell = visibleYear.map(RawCell::cell).orElse(null);
        String sheet = visibleYear.map(RawCell::sheet).orElse(null);
        int thisYear = context.today().getYear();
        int latestYear = kind == SubmissionKind.PLAN ? thisYear + 1 : thisYear;
        if (year.isEmpty() || year.getAsInt() < 2000 || year.getAsInt() > latestYear) {
            findings.add(Finding.error(RuleId.IMPOSSIBLE_PERIOD, sheet, yearCell, yearSeen, Message.of(
                    "Йил нотўғри: «" + ShownText.quoted(yearSeen) + "». 2000 дан " + latestYear + " гача бўлган йилни ёзинг.",
                    "Impossible year «" + ShownText.quoted(yearSeen) + "»: enter a year from 2000 to " + latestYear + ".")));
        }
        if (kind == SubmissionKind.RETURN) {
            String quarterSeen = visibleQuarter.map(RawCell::text).orElse(id.meta(ReturnLayout.META_QUARTER).orElse(""));
            String quarterCell = visibleQuarter.map(RawCell::cell).orElse(null);
            if (quarter.isEmpty() || quarter.getAsInt() < 1 || quarter.getAsInt() > 4) {
                findings.add(Finding.error(RuleId.IMPOSSIBLE_PERIOD, sheet, quarterCell, quarterSeen, Message.of(
                        "Чорак нотўғри: «" + ShownText.quoted(quarterSeen) + "». I, II, III ёки IV деб ёзинг.",
                        "Impossible quarter «" + ShownText.quoted(quarterSeen) + "»: write I, II, III or IV.")));
            } else if (year.isPresent() && LocalDate.of(year.getAsInt(), 3 * quarter.getAsInt() - 2, 1).isAfter(context.today())) {
                findings.add(Finding.error(RuleId.IMPOSSIBLE_PERIOD, sheet, quarterCell, quarterSeen, Message.of(
                        year.getAsInt() + " йил " + quarterSeen + " чорак ҳали бошланмаган.",
                        "Quarter " + quarterSeen + " of " + year.getAsInt() + " has not begun yet.")));
            }
        }
        if (findings.size() > before) {
            return Optional.empty();
        }
        Integer q = kind == SubmissionKind.RETURN ? quarter.getAsInt() : null;
        KindAndPeriod period = new KindAndPeriod(kind, year.getAsInt(), q);
        if (!context.catalogueYears().contains(period.year())) {
            findings.add(Finding.error(RuleId.NO_CATALOGUE_FOR_YEAR, sheet, yearCell, yearSeen, Message.of(
                    period.year() + " йил учун кўрсаткичлар жадвали ҳали юкланмаган (бор йиллар: "
                            + sorted(context.catalogueYears()) + "). Йил тўғри бўлса, файлни сақлаб қўйинг:"
                            + " жадвални Миллий кутубхона чиқаради, тизим администратори уни юклайди"
                            + " («jobs/catalogue import --year " + period.year() + " ФАЙЛ» ёки администратор"
                            + " саҳифасидаги «Кўрсаткичлар жадваллари»), сўнг файлни қайта юборинг.",
                    "The indicator table for " + period.year() + " has not been imported yet (tables exist for "
                            + sorted(context.catalogueYears()) + "). If the year is right, keep the file: the National"
                            + " Library issues the table, and the system administrator imports it (\"jobs/catalogue"
                            + " import --year " + period.year() + " FILE\" or \"Indicator tables\" on the"
                            + " administrator's pages); then send the file again.")));
            return Optional.empty();
        }
        String code = period.period().code();
        if (context.lockedPeriods().contains(code)) {
            findings.add(Finding.error(RuleId.PERIOD_LOCKED, sheet, yearCell, code, Message.of(
                    code + " даври ёпилган: унинг маълумотлари якунланган. Ўзгартириш учун вилоят маркази орқали"
                            + " Миллий кутубхонага мурожаат қилинг.",
                    "Period " + code + " is locked: its figures are final. To change them, ask the National Library"
                            + " through your regional centre.")));
            return Optional.empty();
        }
        return Optional.of(period);
    }

    private static SubmissionKind kind(Identification id, boolean hasQuarter) {
        Optional<String> meta = id.meta(ReturnLayout.META_KIND);
        if (meta.isPresent()) {
            return meta.get().equalsIgnoreCase(SubmissionKind.PLAN.code()) ? SubmissionKind.PLAN : SubmissionKind.RETURN;
        }
        Optional<String> shown = id.visible(Label.KIND).map(c -> UzbekScript.matchKey(c.text()));
        if (shown.isPresent()) {
            return shown.get().contains("reja") || shown.get().contains("plan") ? SubmissionKind.PLAN : SubmissionKind.RETURN;
        }
        return hasQuarter ? SubmissionKind.RETURN : SubmissionKind.PLAN;
    }

    private static void mismatch(List<Finding> findings, RawCell shown, String wordCyrl, String wordEn, int template) {
        findings.add(Finding.error(RuleId.PERIOD_MISMATCH, shown.sheet(), shown.cell(), shown.text(), Message.of(
                "Кўрсатилган " + wordCyrl + " («" + ShownText.quoted(shown.text()) + "») шаклнинг ўзидаги " + wordCyrl + " (" + template
                        + ") билан мос келмайди. Тўғри давр учун янги шаклни олинг.",
                "The " + wordEn + " shown («" + ShownText.quoted(shown.text()) + "») does not match the template's own " + wordEn + " ("
                        + template + "). Get a fresh template for the right period.")));
    }

    private static OptionalInt integer(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(new java.math.BigDecimal(text.strip()).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static java.util.List<Integer> sorted(Set<Integer> years) {
        return years.stream().sorted().toList();
    }
}
