package uz.natlib.libstats.normalisation;

import java.math.BigDecimal;

/**
 * What a figure means: indicator, measure and a number (negative and fractional numbers are
 * kept here, for the rules to judge). Blank cells produce no ReportedValue at all.
 *
 * @param textSeen the text the sender typed, for messages
 */
public record ReportedValue(String indicatorCode, String measure, BigDecimal value, String sheet, String cell,
                            String textSeen) {

    public ValueKey key() {
        return new ValueKey(indicatorCode, measure);
    }
}
