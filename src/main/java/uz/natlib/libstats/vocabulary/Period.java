package uz.natlib.libstats.vocabulary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a return, a plan or a report is for: a quarter of a year, or a whole year.
 * Its {@link #code()} is how the database, the archive and people write it: {@code 2021Q3}, {@code 2021}.
 *
 * <p>Only the shape is checked here (four-digit year, quarter I–IV), so that every code parses back.
 * Whether a period makes sense for a file (not in the future, has a catalogue) is identification's
 * business, which reports it to the sender instead of throwing.
 *
 * @param quarter 1–4, or {@code null} for the whole year
 */
public record Period(int year, Integer quarter) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:Q([1-4]))?");

    public Period {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is not a four-digit year");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1 to 4");
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, null);
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(year, quarter);
    }

    /** {@code 2021Q3} or {@code 2021}. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: «" + code + "» (write 2021Q3 or 2021)");
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? ofYear(year) : ofQuarter(year, Integer.parseInt(m.group(2)));
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    public String code() {
        return isQuarter() ? year + "Q" + quarter : Integer.toString(year);
    }

    /** The period just before, of the same length: 2021Q1 → 2020Q4, 2021Q3 → 2021Q2, 2021 → 2020. */
    public Period previous() {
        if (!isQuarter()) {
            return ofYear(year - 1);
        }
        return quarter == 1 ? ofQuarter(year - 1, 4) : ofQuarter(year, quarter - 1);
    }

    /** The same period a year earlier, which reports set beside it: 2021Q3 → 2020Q3. */
    public Period yearBefore() {
        return new Period(year - 1, quarter);
    }

    /** The quarters of this period's year up to this one (all four for a year): 2021Q2 → 2021Q1, 2021Q2. */
    public List<Period> quartersSoFar() {
        int last = isQuarter() ? quarter : 4;
        return IntStream.rangeClosed(1, last).mapToObj(q -> ofQuarter(year, q)).toList();
    }

    @Override
    public String toString() {
        return code();
    }
}
