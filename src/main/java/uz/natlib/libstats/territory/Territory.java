package uz.natlib.libstats.territory;

/** One unit of the reporting chain, with its official SOATO code and names in three spellings. */
public record Territory(String code, Level level, String kind, String parentCode,
                        String nameCyrl, String nameLatn, String nameRu) {

    /** The nation's SOATO code: the root of the territory tree. */
    public static final String NATION = "17";

    public enum Level { NATION, REGION, DISTRICT }

    public String dbLevel() {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
