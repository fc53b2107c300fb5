package uz.natlib.libstats.service.web.reports;

/** A territory offered in a filter, with its level ({@code nation}, {@code region}, {@code district}). */
public record TerritoryChoice(String code, String level, String parentCode, String nameCyrl, String nameLatn) {
}
