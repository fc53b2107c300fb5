package uz.natlib.libstats.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Output formats. On the command line "csv" means both CSV files: the long form and SDMX-CSV. */
public enum ReportFormat {
    PDF("pdf", "pdf"),
    XLSX("xlsx", "xlsx"),
    CSV("csv", "csv"),
    SDMX("sdmx", "sdmx.csv");

    private final String code;
    private final String extension;

    ReportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String extension() {
        return extension;
    }

    /** Parses "pdf,xlsx,csv". */
    public static Set<ReportFormat> parse(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String item : list.split(",")) {
            switch (item.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> formats.add(PDF);
                case "xlsx" -> formats.add(XLSX);
                case "csv" -> {
                    formats.add(CSV);
                    formats.add(SDMX);
                }
                case "sdmx" -> formats.add(SDMX);
                default -> throw new IllegalArgumentException("unknown format '" + item + "' (pdf, xlsx, csv)");
            }
        }
        return formats;
    }

    /** The command-line form of a set: "pdf,xlsx,csv" ("csv" standing for both CSV files). */
    public static String codes(Set<ReportFormat> formats) {
        StringBuilder list = new StringBuilder();
        // In the enum's order, whatever the set's: the same request must give the same job parameters.
        for (ReportFormat format : formats.stream().sorted().toList()) {
            if (format == SDMX && formats.contains(CSV)) {
                continue;
            }
            list.append(list.isEmpty() ? "" : ",").append(format.code());
        }
        return list.toString();
    }
}
