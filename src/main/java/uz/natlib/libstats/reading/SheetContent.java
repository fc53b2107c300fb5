package uz.natlib.libstats.reading;

import java.util.List;

/** A sheet's name, whether it is hidden, and its non-empty rows in order. */
public record SheetContent(String name, boolean hidden, List<SheetRow> rows) {

    public SheetContent {
        rows = List.copyOf(rows);
    }
}
