package uz.natlib.libstats.normalisation;

/** An indicator and one of its measures: the unit of every stored number. */
public record ValueKey(String indicatorCode, String measure) {
}
