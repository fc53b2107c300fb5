package uz.natlib.libstats.templates;

import java.text.Normalizer;
import java.util.Locale;

import uz.natlib.libstats.territory.Territory;

/** File and folder names of workbooks: ASCII only, so they survive every e-mail client and archive tool. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** "Gʻijduvon tumani" → "gijduvon-tumani". */
    public static String slug(Territory territory) {
        String ascii = Normalizer.normalize(territory.nameLatn(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['`\u2018\u2019\u02BB\u02BC]", "")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** {@code 1706246_jondor-tumani_2021_Q1.xlsx}, or {@code ..._2021_plan.xlsx} when quarter is null. */
    public static String fileName(Territory district, int year, Integer quarter, String extension) {
        String period = quarter == null ? "plan" : "Q" + quarter;
        return district.code() + "_" + slug(district) + "_" + year + "_" + period + "." + extension;
    }
}
