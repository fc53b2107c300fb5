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
    FILE_CHANGED("FileChanged"),
    MORE_FINDINGS("MoreFindings"),
    UNKNOWN_ENCODING("UnknownEncoding"),

    // Limits on what is read (ReadingLimits)
    FILE_TOO_LARGE("FileTooLarge"),
    UNPACKS_TOO_LARGE("UnpacksTooLarge"),
    TOO_MANY_PARTS("TooManyParts"),
    AMBIGUOUS_ARCHIVE("AmbiguousArchive"),
    TOO_MANY_SHEETS("TooManySheets"),
    TOO_MANY_ROWS("TooManyRows"),
    TOO_MANY_COLUMNS("TooManyColumns"),
    TOO_MANY_CELLS("TooManyCells"),
    CELL_TEXT_TOO_LONG("CellTextTooLong"),
    NUMBER_TOO_LONG("NumberTooLong"),

    // Who sent it and for when
    UNKNOWN_DISTRICT("UnknownDistrict"),
    AMBIGUOUS_DISTRICT("AmbiguousDistrict"),
    IDENTIFICATION_MISMATCH("IdentificationMismatch"),
    PERIOD_MISMATCH("PeriodMismatch"),
    IMPOSSIBLE_PERIOD("ImpossiblePeriod"),
    NO_CATALOGUE_FOR_YEAR("NoCatalogueForYear"),
    PERIOD_LOCKED("PeriodLocked"),

    // How each cell was read
    NORMALISED("Normalised"),
    AMBIGUOUS_NUMBER("AmbiguousNumber"),
    UNKNOWN_INDICATOR("UnknownIndicator"),
    UNKNOWN_MEASURE("UnknownMeasure"),
    FOREIGN_TEMPLATE("ForeignTemplate"),
    DUPLICATE_VALUE("DuplicateValue"),
    NOT_A_NUMBER("NotANumber"),
    CONTROL_CHARACTER("ControlCharacter"),
    DATE_IN_VALUE_CELL("DateInValueCell"),
    NOT_A_DONE_ANSWER("NotADoneAnswer"),
    ROW_WITHOUT_PLAN("RowWithoutPlan"),

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

    /** A limit of {@code ReadingLimits} broken: the file was not read further, nor is it rebuilt as feedback. */
    public boolean isLimit() {
        return switch (this) {
            case FILE_TOO_LARGE, UNPACKS_TOO_LARGE, TOO_MANY_PARTS, TOO_MANY_SHEETS, TOO_MANY_ROWS, TOO_MANY_COLUMNS, TOO_MANY_CELLS,
                 CELL_TEXT_TOO_LONG, NUMBER_TOO_LONG -> true;
            default -> false;
        };
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
