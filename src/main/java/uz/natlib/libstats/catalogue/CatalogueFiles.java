package uz.natlib.libstats.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Reads a year's catalogue from the reviewable CSV files under {@code /catalogue/}:
 * {@code <year>.csv} (indicators), {@code <year>-sections.csv} and {@code measures.csv}.
 * A Latin label left blank is transliterated from the Cyrillic one.
 */
public final class CatalogueFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
            .get();

    private CatalogueFiles() {
    }

    /** Whether the application carries the indicator table of that year; no database needed. */
    public static boolean exists(int year) {
        return CatalogueFiles.class.getResource("/catalogue/" + year + ".csv") != null;
    }

    /** The years whose indicator tables the application carries (a catalogue's years lie within 2000-2100). */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = 2000; year <= 2100; year++) {
            if (exists(year)) {
                years.add(year);
            }
        }
        return years;
    }

    public static Catalogue read(int year) {
        String base = "/catalogue/";
        List<Measure> measures = read(base + "measures.csv", CatalogueFiles::measure);
        List<Section> sections = read(base + year + "-sections.csv", CatalogueFiles::section);
        List<Indicator> indicators = read(base + year + ".csv", CatalogueFiles::indicator);
        Catalogue catalogue = new Catalogue(year, "catalogue/" + year + ".csv", sections, indicators, measures);
        check(catalogue);
        return catalogue;
    }

    /** Checks what the database would otherwise reject less clearly. */
    static void check(Catalogue catalogue) {
        Set<String> measureKeys = new HashSet<>();
        catalogue.measures().forEach(m -> measureKeys.add(m.key()));
        Set<String> sectionCodes = new HashSet<>();
        catalogue.sections().forEach(s -> sectionCodes.add(s.code()));
        Set<String> seen = new HashSet<>();
        for (Indicator i : catalogue.indicators()) {
            String where = "catalogue " + catalogue.year() + ", indicator " + i.code() + ": ";
            if (!seen.add(i.code())) {
                throw new IllegalArgumentException(where + "code used twice");
            }
            if (i.parentCode() != null && !seen.contains(i.parentCode())) {
                throw new IllegalArgumentException(where + "parent " + i.parentCode() + " must come before it");
            }
            if (!sectionCodes.contains(i.section())) {
                throw new IllegalArgumentException(where + "unknown section " + i.section());
            }
            for (String m : i.measures()) {
                if (!measureKeys.contains(m)) {
                    throw new IllegalArgumentException(where + "unknown measure " + m);
                }
            }
            if (i.qualitative() != i.measures().isEmpty()) {
                throw new IllegalArgumentException(where + "a qualitative row has no measures, a quantitative row has some");
            }
        }
    }

    private interface RowMapper<T> {
        T map(CSVRecord row);
    }

    private static <T> List<T> read(String resource, RowMapper<T> mapper) {
        try (InputStream in = CatalogueFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalogue file " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<T> rows = new ArrayList<>();
            for (CSVRecord row : FORMAT.parse(reader)) {
                try {
                    rows.add(mapper.map(row));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(resource + " line " + row.getParser().getCurrentLineNumber()
                            + ": " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static Measure measure(CSVRecord r) {
        return new Measure(r.get("measure"), r.get("label_cyrl"), latin(r, "label_latn", r.get("label_cyrl")),
                r.get("label_en"), Boolean.parseBoolean(r.get("decimals")));
    }

    private static Section section(CSVRecord r) {
        return new Section(r.get("code"), Integer.parseInt(r.get("ordinal")), r.get("label_cyrl"),
                latin(r, "label_latn", r.get("label_cyrl")), r.get("label_en"));
    }

    private static Indicator indicator(CSVRecord r) {
        String measures = r.get("measures");
        return new Indicator(
                r.get("code"),
                blankToNull(r.get("seed_number")),
                r.get("section"),
                blankToNull(r.get("parent_code")),
                enumOrNull(Indicator.Breakdown.class, r.get("breakdown")),
                r.get("label_cyrl"),
                latin(r, "label_latn", r.get("label_cyrl")),
                r.get("label_en"),
                blankToNull(r.get("unit_seed")),
                measures.isBlank() ? List.of() : Arrays.stream(measures.split("\\|")).map(String::strip).toList(),
                Indicator.Aggregation.valueOf(r.get("aggregation").toUpperCase(Locale.ROOT)),
                Indicator.Periodicity.valueOf(r.get("periodicity").toUpperCase(Locale.ROOT)),
                blankToNull(r.get("due_seed")),
                bool(r.get("plan")),
                bool(r.get("qualitative")),
                r.isMapped("previous_code") ? blankToNull(r.get("previous_code")) : null);
    }

    private static String latin(CSVRecord r, String column, String cyrillic) {
        String given = r.isMapped(column) ? r.get(column) : "";
        return given.isBlank() ? UzbekScript.toLatin(cyrillic) : given;
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no", "" -> false;
            default -> throw new IllegalArgumentException("expected true or false, found '" + value + "'");
        };
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value.isBlank() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
