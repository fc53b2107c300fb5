package uz.natlib.libstats.reading;

import java.util.Map;
import java.util.Optional;

import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * Who sent the file and for when, as the file says it: the machine-readable block of the hidden
 * sheet (if it survived) and the visible header block (or the columns of a CSV).
 *
 * @param meta    keys of {@link ReturnLayout} META_* to their values; empty if the hidden sheet is gone
 * @param visible the visible identification cells by label
 */
public record Identification(Map<String, String> meta, Map<ReturnLayout.Label, RawCell> visible) {

    public Identification {
        meta = Map.copyOf(meta);
        visible = Map.copyOf(visible);
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key)).filter(v -> !v.isBlank()).map(String::strip);
    }

    public Optional<RawCell> visible(ReturnLayout.Label label) {
        return Optional.ofNullable(visible.get(label)).filter(c -> !c.isBlank());
    }
}
