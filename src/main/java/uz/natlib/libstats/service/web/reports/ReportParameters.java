package uz.natlib.libstats.service.web.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportType;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Reads the query parameters of the reports page and of the API. Every parameter arrives as text
 * so that whatever was typed (letters for a year, a 5000-character value, markup) is refused with
 * a message naming the parameter, never with a generic failure. A blank value means "any".
 */
public final class ReportParameters {

    /** The years the warehouse has periods for (table {@code period}). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern TERRITORY = Pattern.compile("\\d{2,10}");
    private static final Pattern INDICATOR = Pattern.compile("[0-9A-Za-z.]{1,20}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private ReportParameters() {
    }

    public static Integer year(String text) {
        if (blank(text)) {
            return null;
        }
        String year = text.strip();
        if (!YEAR.matcher(year).matches() || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR) {
            throw new InvalidParameter("year", "reports.bad.year");
        }
        return Integer.parseInt(year);
    }

    public static Period period(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            Period period = Period.parse(text.length() > 10 ? "" : text);
            if (period.year() < FIRST_YEAR || period.year() > LAST_YEAR) {
                throw new InvalidParameter("period", "reports.bad.period");
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("period", "reports.bad.period");
        }
    }

    /** The shape of a SOATO code only; whether such a territory exists is the repository's to say. */
    public static String territory(String text) {
        if (blank(text)) {
            return null;
        }
        String code = text.strip();
        if (!TERRITORY.matcher(code).matches()) {
            throw new InvalidParameter("territory", "reports.bad.territory");
        }
        return code;
    }

    public static ReportType type(String text) {
        if (blank(text)) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ReportType.values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameter("type", "reports.bad.type"));
    }

    public static Script script(String text) {
        if (blank(text)) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Script.values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameter("script", "reports.bad.script"));
    }

    public static ReportFormat format(String text) {
        if (blank(text)) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ReportFormat.values()).filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameter("format", "reports.bad.format"));
    }

    /** An indicator's code (1.1.01) or printed number (1.1); whether it exists is the repository's to say. */
    public static String indicator(String text) {
        if (blank(text)) {
            return null;
        }
        String code = text.strip();
        if (!INDICATOR.matcher(code).matches()) {
            throw new InvalidParameter("indicator", "reports.bad.indicator");
        }
        return code;
    }

    /** A database identifier: a positive whole number. */
    public static long id(String text) {
        if (text == null || !NUMBER.matcher(text.strip()).matches() || Long.parseLong(text.strip()) < 1) {
            throw new InvalidParameter("id", "reports.bad.id");
        }
        return Long.parseLong(text.strip());
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when blank. */
    public static int bounded(String name, String text, int min, int max, int fallback) {
        if (blank(text)) {
            return fallback;
        }
        String number = text.strip();
        if (!NUMBER.matcher(number).matches() || Long.parseLong(number) < min || Long.parseLong(number) > max) {
            throw new InvalidParameter(name, "reports.bad." + name);
        }
        return Integer.parseInt(number);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
