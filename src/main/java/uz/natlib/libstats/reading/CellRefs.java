package uz.natlib.libstats.reading;

/** A1-style cell references. */
public final class CellRefs {

    private CellRefs() {
    }

    /** {@code (0, 0)} is {@code A1}; {@code (22, 5)} is {@code F23}. */
    public static String ref(int row, int column) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.append(row + 1).toString();
    }
}
