package uz.natlib.libstats.reading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much of a received file is read before it is refused: each limit is checked as the file
 * streams, before anything large is held in memory, and breaking one is a finding of its own.
 * A real return is about 40 KB with one sheet of 250 rows, so the defaults leave a wide margin.
 *
 * @param fileSize        the file as received
 * @param unpackedSize    all parts of an .xlsx (a zip) once unpacked
 * @param parts           entries in an .xlsx's zip
 * @param sheets          sheets in a workbook
 * @param rows            rows in one sheet, or lines in a CSV
 * @param columns         the furthest column used in a row, or fields on a CSV line
 * @param cells           non-empty cells in the whole workbook (each is held until the file is judged)
 * @param cellText        characters in one cell
 * @param numberDigits    digits of one number (before and after the point, each)
 * @param aloneAbove      files larger than this are checked one at a time, never beside another
 */
@ConfigurationProperties("libstats.limits")
public record ReadingLimits(DataSize fileSize, DataSize unpackedSize, Integer parts, Integer sheets, Integer rows,
                            Integer columns, Integer cells, Integer cellText, Integer numberDigits, DataSize aloneAbove) {

    public static final ReadingLimits DEFAULTS = new ReadingLimits(null, null, null, null, null, null, null, null, null, null);

    public ReadingLimits {
        fileSize = fileSize == null ? DataSize.ofMegabytes(10) : fileSize;
        unpackedSize = unpackedSize == null ? DataSize.ofMegabytes(20) : unpackedSize;
        parts = parts == null ? 1000 : parts;
        sheets = sheets == null ? 50 : sheets;
        rows = rows == null ? 10_000 : rows;
        columns = columns == null ? 200 : columns;
        cells = cells == null ? 100_000 : cells;
        cellText = cellText == null ? 2_000 : cellText;
        numberDigits = numberDigits == null ? 20 : numberDigits;
        aloneAbove = aloneAbove == null ? DataSize.ofKilobytes(512) : aloneAbove;
    }
}
