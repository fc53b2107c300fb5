package uz.natlib.libstats.service.web.reports;

/** A territory offered in a filter, with its level ({@code nation}, {@code region}, {@code district}). */
public record TerritoryChoice(String code, String level, String parentCode, String nameCyrl, String nameLatn) {

    /** The region it belongs to, as {@code UserAccount.maySeeRegion} takes it: {@code null} for the nation. */
    public String region() {
        return switch (level) {
            case "nation" -> null;
            case "region" -> code;
            default -> parentCode;
        };
    }
}
