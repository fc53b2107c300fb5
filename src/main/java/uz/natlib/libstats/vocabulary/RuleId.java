package uz.natlib.libstats.vocabulary;

import java.util.Arrays;

/**
 * Every rule a finding can name. The code is what senders read in their feedback and what
 * {@code validation_finding.rule} stores, so it never changes once a file has been judged by it.
 */
public enum RuleId {

    // The file as a whole
    EMPTY_FILE("EmptyFile"),
    UNREADABLE_FILE("UnreadableFile"),
    ENCRYPTED_FILE("EncryptedFile"),
    NO_RETURN_TABLE("NoReturnTable"),
    INTERNAL_ERROR("InternalError"),

    // Who sent it and for when
    UNKNOWN_DISTRICT("UnknownDistrict"),
    AMBIGUOUS_DISTRICT("AmbiguousDistrict"),
    PERIOD_MISMATCH("PeriodMismatch"),
    IMPOSSIBLE_PERIOD("ImpossiblePeriod"),
    NO_CATALOGUE_FOR_YEAR("NoCatalogueForYear"),
    PERIOD_LOCKED("PeriodLocked"),

    // How each cell was read
    NORMALISED("Normalised"),
    UNKNOWN_INDICATOR("UnknownIndicator"),
    UNKNOWN_MEASURE("UnknownMeasure"),
    FOREIGN_TEMPLATE("ForeignTemplate"),
    DUPLICATE_VALUE("DuplicateValue"),
    NOT_A_NUMBER("NotANumber"),
    NOT_A_DONE_ANSWER("NotADoneAnswer"),

    // What the figures say
    NEGATIVE_VALUE("NegativeValue"),
    FRACTIONAL_COUNT("FractionalCount"),
    COPIES_NOT_FEWER_THAN_TITLES("CopiesNotFewerThanTitles"),
    OF_WHICH_NOT_ABOVE_TOTAL("OfWhichNotAboveTotal"),
    OF_WHICH_ADDS_UP_TO_TOTAL("OfWhichAddsUpToTotal"),
    STOCK_JUMP("StockJump"),
    OUTSIDE_OWN_HISTORY("OutsideOwnHistory"),
    LOOKS_CUMULATIVE("LooksCumulative");

    private final String code;

    RuleId(String code) {
        this.code = code;
    }

    /** The rule's name as people and the database know it, e.g. {@code CopiesNotFewerThanTitles}. */
    public String code() {
        return code;
    }

    public static RuleId of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule: " + code));
    }

    /** The code, so that a rule written into a text reads as it always did. */
    @Override
    public String toString() {
        return code;
    }
}
