package uz.natlib.libstats.vocabulary;

/**
 * One problem (or normalisation) found in a file.
 *
 * @param rule      the rule that found it
 * @param sheet     sheet name, or {@code null} for the file as a whole (or a CSV)
 * @param cell      cell reference such as {@code F23} (for a CSV: {@code line 12}), or {@code null}
 * @param valueSeen the text the sender typed, or {@code null}
 */
public record Finding(Severity severity, RuleId rule, String sheet, String cell, String valueSeen, Message message) {

    public Finding {
        // A value seen may come as a message quotes it; it is stored as shown, without the quote's marks.
        valueSeen = ShownText.unwrapped(valueSeen);
    }

    public static Finding error(RuleId rule, String sheet, String cell, String valueSeen, Message message) {
        return new Finding(Severity.ERROR, rule, sheet, cell, valueSeen, message);
    }

    public static Finding warning(RuleId rule, String sheet, String cell, String valueSeen, Message message) {
        return new Finding(Severity.WARNING, rule, sheet, cell, valueSeen, message);
    }

    public static Finding info(RuleId rule, String sheet, String cell, String valueSeen, Message message) {
        return new Finding(Severity.INFO, rule, sheet, cell, valueSeen, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
