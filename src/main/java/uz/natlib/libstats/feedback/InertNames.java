package uz.natlib.libstats.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The defined names of a sender's workbook that could reach outside it or run something are
 * removed: names of another workbook ({@code [1]Sheet1!A1}) or of a DDE link
 * ({@code cmd|' /C calc'!A0}), macro names, the names Excel runs on opening (Auto_Open) and names
 * of a removed macro sheet. The others stay, as a data validation's list may use them; with
 * every formula gone, removing one too many costs nothing but that.
 */
final class InertNames {

    private static final Set<String> AUTO_RUN = Set.of("auto_open", "auto_close", "auto_activate", "auto_deactivate");

    private InertNames() {
    }

    static void remove(Workbook workbook, Collection<String> removedSheets) {
        for (Name name : List.copyOf(workbook.getAllNames())) {
            if (live(name, removedSheets)) {
                workbook.removeName(name);
            }
        }
    }

    static boolean live(Name name, Collection<String> removedSheets) {
        String bare = name.getNameName().toLowerCase(Locale.ROOT).replaceFirst("^_xlnm\\.", "");
        if (name.isFunctionName() || AUTO_RUN.contains(bare)) {
            return true;
        }
        String formula;
        try {
            formula = name.getRefersToFormula();
        } catch (RuntimeException e) {
            return true; // a reference POI cannot even render (an .xls name of a DDE link among them)
        }
        if (formula == null) {
            return false;
        }
        // '[' is how another workbook is named, '|' how a DDE server is; a table's column
        // (Table1[Sales]) is caught too, which is harmless once no formula is left to use it.
        if (formula.indexOf('[') >= 0 || formula.indexOf('|') >= 0) {
            return true;
        }
        return removedSheets.stream().anyMatch(sheet -> formula.contains(sheet + "!")
                || formula.contains("'" + sheet.replace("'", "''") + "'!"));
    }
}
