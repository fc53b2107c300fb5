package uz.natlib.libstats.catalogue;

public record Section(String code, int ordinal, String labelCyrl, String labelLatn, String labelEn) {
}
