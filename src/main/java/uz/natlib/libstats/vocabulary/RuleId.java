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

    /**
     * What the rule is about, in words a clerk reads (the code is for searching and for the
     * database): in the three languages, the Latin transliterated as every message's is.
     */
    public Message words() {
        return switch (this) {
            case EMPTY_FILE -> Message.of("Бўш файл", "Empty file");
            case UNREADABLE_FILE -> Message.of("Файлни ўқиб бўлмайди", "The file cannot be read");
            case ENCRYPTED_FILE -> Message.of("Файл парол билан ҳимояланган", "Password-protected file");
            case NO_RETURN_TABLE -> Message.of("Ҳисобот жадвали топилмади", "No return table found");
            case INTERNAL_ERROR -> Message.of("Тизим хатоси", "System error");
            case FILE_CHANGED -> Message.of("Файл текширув пайтида ўзгарди", "The file changed while it was checked");
            case MORE_FINDINGS -> Message.of("Яна камчиликлар бор", "More findings not listed");
            case UNKNOWN_ENCODING -> Message.of("Матн кодлаш тури номаълум", "Unknown text encoding");
            case FILE_TOO_LARGE -> Message.of("Файл жуда катта", "File too large");
            case UNPACKS_TOO_LARGE -> Message.of("Очилганда файл жуда катта", "Too large once unpacked");
            case TOO_MANY_PARTS -> Message.of("Файл қисмлари жуда кўп", "Too many parts in the file");
            case AMBIGUOUS_ARCHIVE -> Message.of("Бир хил номли қисмлар", "Two parts with one name");
            case TOO_MANY_SHEETS -> Message.of("Варақлар жуда кўп", "Too many sheets");
            case TOO_MANY_ROWS -> Message.of("Қаторлар жуда кўп", "Too many rows");
            case TOO_MANY_COLUMNS -> Message.of("Устунлар жуда кўп", "Too many columns");
            case TOO_MANY_CELLS -> Message.of("Катаклар жуда кўп", "Too many cells");
            case CELL_TEXT_TOO_LONG -> Message.of("Катакдаги матн жуда узун", "Cell text too long");
            case NUMBER_TOO_LONG -> Message.of("Сон жуда узун", "Number too long");
            case UNKNOWN_DISTRICT -> Message.of("Туман (шаҳар) топилмади", "District (city) not found");
            case AMBIGUOUS_DISTRICT -> Message.of("Ном бир нечта ҳудудга тўғри келади", "The name fits several districts");
            case IDENTIFICATION_MISMATCH -> Message.of("Шакл бошқа туман учун тайёрланган", "Template made for another district");
            case PERIOD_MISMATCH -> Message.of("Давр мос келмайди", "Period does not match");
            case IMPOSSIBLE_PERIOD -> Message.of("Нотўғри давр", "Impossible period");
            case NO_CATALOGUE_FOR_YEAR -> Message.of("Бу йил учун кўрсаткичлар жадвали йўқ", "No indicator table for the year");
            case PERIOD_LOCKED -> Message.of("Давр ёпилган", "Period locked");
            case NORMALISED -> Message.of("Қиймат қандай ўқилди", "How the value was read");
            case AMBIGUOUS_NUMBER -> Message.of("Сонни икки хил ўқиш мумкин", "The number reads two ways");
            case UNKNOWN_INDICATOR -> Message.of("Номаълум кўрсаткич коди", "Unknown indicator code");
            case UNKNOWN_MEASURE -> Message.of("Бу қаторда бундай ўлчов йўқ", "No such measure on the row");
            case FOREIGN_TEMPLATE -> Message.of("Бошқа шаклдаги ўлчов", "Another template's measure");
            case DUPLICATE_VALUE -> Message.of("Қиймат икки марта киритилган", "Value entered twice");
            case NOT_A_NUMBER -> Message.of("Сон эмас", "Not a number");
            case CONTROL_CHARACTER -> Message.of("Кўринмас махсус белги", "Invisible control character");
            case DATE_IN_VALUE_CELL -> Message.of("Қиймат ўрнида сана", "A date where a figure belongs");
            case NOT_A_DONE_ANSWER -> Message.of("«Бажарилди» ёки «бажарилмади» эмас", "Not a done / not done answer");
            case ROW_WITHOUT_PLAN -> Message.of("Бу қаторга режа тузилмайди", "No plan on this row");
            case NEGATIVE_VALUE -> Message.of("Манфий сон", "Negative figure");
            case FRACTIONAL_COUNT -> Message.of("Бутун сон ўрнида каср", "A fraction where whole numbers are counted");
            case COPIES_NOT_FEWER_THAN_TITLES -> Message.of("Нусхалар номлардан кам", "Fewer copies than titles");
            case OF_WHICH_NOT_ABOVE_TOTAL -> Message.of("«Шундан» қатори жамидан катта", "An of-which line above its total");
            case OF_WHICH_ADDS_UP_TO_TOTAL -> Message.of("«Шундан» қаторлари жамига тенг эмас",
                    "Of-which lines do not add up to the total");
            case STOCK_JUMP -> Message.of("Олдинги чоракдан кескин фарқ", "Sharp change since last quarter");
            case OUTSIDE_OWN_HISTORY -> Message.of("Туманнинг ўз ўртачасидан жуда узоқ", "Far from the district's own average");
            case LOOKS_CUMULATIVE -> Message.of("Йил бошидан жамланганга ўхшайди", "Looks like year-to-date figures");
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
