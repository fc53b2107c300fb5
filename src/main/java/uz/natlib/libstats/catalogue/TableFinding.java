package uz.natlib.libstats.catalogue;

import uz.natlib.libstats.vocabulary.Message;

/**
 * One problem of an imported indicator table.
 *
 * @param row  the line of a CSV file or the row of a sheet, as the person's editor numbers it; 0 = the file as a whole
 * @param code the row's code as written, or empty
 */
public record TableFinding(int row, String code, Message message) {

    /** "row 12 (5.3): …" in English, for logs and the command line's English line. */
    public String where() {
        return row == 0 ? "" : code == null || code.isBlank() ? "row " + row : "row " + row + " (" + code + ")";
    }
}
