package uz.natlib.libstats.service.web.submissions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import uz.natlib.libstats.vocabulary.Period;

/** A period the page offers: a quarter (returns) or a year (plans). */
public record PeriodChoice(String code, String year, Integer quarter) {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    static PeriodChoice of(Period period) {
        return new PeriodChoice(period.code(), Integer.toString(period.year()), period.quarter());
    }

    static Period currentQuarter() {
        LocalDate today = LocalDate.now(TASHKENT);
        return Period.ofQuarter(today.getYear(), (today.getMonthValue() + 2) / 3);
    }

    /** Newest first: each year's quarters up to the current one, then its plan, back to {@code firstYear}. */
    static List<PeriodChoice> upTo(Period current, int firstYear) {
        List<PeriodChoice> choices = new ArrayList<>();
        for (int year = current.year(); year >= Math.min(firstYear, current.year()); year--) {
            int last = year == current.year() ? current.quarter() : 4;
            for (int q = last; q >= 1; q--) {
                choices.add(of(Period.ofQuarter(year, q)));
            }
            choices.add(of(Period.ofYear(year)));
        }
        return choices;
    }
}
