package uz.natlib.libstats.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Judges an indicator table as a whole before anything is stored: every problem is listed at
 * once, with its row, so an administrator fixes the file in one pass. A table with no finding
 * becomes a {@link Catalogue}.
 */
final class CatalogueTableCheck {

    static final List<String> REQUIRED = List.of("code", "section", "label_cyrl", "label_en", "measures",
            "aggregation", "periodicity", "plan", "qualitative");
    static final List<String> OPTIONAL = List.of("seed_number", "parent_code", "breakdown", "label_latn", "unit_seed",
            "due_seed", "previous_code");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.]{0,19}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** What the check needs to know of the warehouse. */
    record Known(Set<String> measureKeys, Map<String, Section> sections, Optional<Map<String, Indicator>> previousYear) {
    }

    record Result(Optional<Catalogue> catalogue, List<TableFinding> findings) {
    }

    private final int year;
    private final Known known;
    private final List<TableFinding> findings = new ArrayList<>();

    private CatalogueTableCheck(int year, Known known) {
        this.year = year;
        this.known = known;
    }

    static Result check(int year, String source, TableLines.Parsed parsed, Known known, List<Measure> measures) {
        CatalogueTableCheck check = new CatalogueTableCheck(year, known);
        List<Indicator> indicators = check.indicators(parsed);
        if (!check.findings.isEmpty()) {
            // in the file's order, as the administrator will go through it
            return new Result(Optional.empty(), check.findings.stream()
                    .sorted(java.util.Comparator.comparingInt(TableFinding::row)).toList());
        }
        Set<String> used = new LinkedHashSet<>();
        indicators.forEach(i -> used.add(i.section()));
        List<Section> sections = known.sections().values().stream().filter(s -> used.contains(s.code()))
                .sorted(java.util.Comparator.comparingInt(Section::ordinal)).toList();
        return new Result(Optional.of(new Catalogue(year, source, sections, indicators, measures)), List.of());
    }

    private List<Indicator> indicators(TableLines.Parsed parsed) {
        findings.addAll(parsed.findings());
        if (!parsed.findings().isEmpty()) {
            return List.of();
        }
        for (String column : REQUIRED) {
            if (!parsed.header().contains(column)) {
                add(parsed.headerRow(), "", "«" + column + "» устуни йўқ (керакли устунлар: " + REQUIRED + ").",
                        "The column \"" + column + "\" is missing (required columns: " + REQUIRED + ").");
            }
        }
        for (String column : parsed.header()) {
            if (!column.isEmpty() && !REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                add(parsed.headerRow(), "", "«" + ShownText.quoted(column) + "» устуни нотаниш (бошқа устунлар: "
                        + OPTIONAL + ").", "Unknown column «" + ShownText.quoted(column) + "» (optional columns: "
                        + OPTIONAL + ").");
            }
        }
        if (!findings.isEmpty()) {
            return List.of();
        }
        if (parsed.lines().isEmpty()) {
            add(parsed.headerRow(), "", "Жадвалда сарлавҳадан бошқа қатор йўқ.", "The table has no rows below its header.");
            return List.of();
        }
        Map<String, Integer> rowOfCode = new HashMap<>();
        parsed.lines().forEach(l -> rowOfCode.putIfAbsent(l.get("code"), l.row()));
        Map<String, Indicator> seen = new LinkedHashMap<>();
        Map<String, Integer> seenRow = new HashMap<>();
        for (TableLines.Line line : parsed.lines()) {
            Indicator indicator = row(line, seen, rowOfCode);
            if (indicator != null && !seen.containsKey(indicator.code())) {
                seen.put(indicator.code(), indicator);
                seenRow.put(indicator.code(), line.row());
            }
        }
        Set<String> named = new HashSet<>();
        parsed.lines().forEach(l -> named.add(l.get("parent_code")));
        wholeTable(seen, seenRow, named);
        return List.copyOf(seen.values());
    }

    private Indicator row(TableLines.Line line, Map<String, Indicator> earlier, Map<String, Integer> rowOfCode) {
        int before = findings.size();
        int row = line.row();
        String code = line.get("code");
        for (Map.Entry<String, String> field : line.fields().entrySet()) {
            if (field.getKey().startsWith("#")) {
                add(row, code, "Қаторда сарлавҳадан ортиқ қиймат бор (" + field.getKey().substring(1) + "-устун).",
                        "The row has more values than the header has columns (column " + field.getKey().substring(1) + ").");
            } else if (field.getValue().length() > TableLines.MAX_FIELD) {
                add(row, code, "«" + field.getKey() + "» жуда узун (" + TableLines.MAX_FIELD + " белгидан ортиқ).",
                        "\"" + field.getKey() + "\" is too long (more than " + TableLines.MAX_FIELD + " characters).");
            }
        }
        if (code.isEmpty()) {
            add(row, "", "Кодсиз қатор: ҳар бир қаторнинг коди бўлиши керак.", "A row without a code: every row needs one.");
        } else if (!CODE.matcher(code).matches()) {
            add(row, "", "«" + ShownText.quoted(code) + "» код бўла олмайди: лотин ҳарфлари, рақамлар ва нуқта,"
                    + " 20 белгигача.", "«" + ShownText.quoted(code) + "» is not a valid code: Latin letters, digits"
                    + " and dots, up to 20 characters.");
        } else if (earlier.containsKey(code)) {
            add(row, code, code + " коди " + rowOfCode.get(code) + "-қаторда ҳам бор: код жадвалда бир марта бўлади.",
                    "The code " + code + " is also on row " + rowOfCode.get(code) + ": a code appears once in a table.");
        }
        String section = line.get("section");
        if (!known.sections().containsKey(section)) {
            add(row, code, "«" + ShownText.quoted(section) + "» бўлими нотаниш (бор бўлимлар: "
                    + known.sections().keySet() + ").", "Unknown section «" + ShownText.quoted(section)
                    + "» (known sections: " + known.sections().keySet() + ").");
        }
        String parent = blankToNull(line.get("parent_code"));
        if (parent != null && !earlier.containsKey(parent)) {
            if (parent.equals(code)) {
                add(row, code, "Қатор ўзининг қисми бўла олмайди (parent_code = code).",
                        "A row cannot be a part of itself (parent_code = code).");
            } else if (rowOfCode.containsKey(parent)) {
                add(row, code, "Унинг жами " + parent + " ундан кейин (" + rowOfCode.get(parent) + "-қатор): жами"
                        + " ўз қисмларидан олдин туради.", "Its total " + parent + " comes after it (row "
                        + rowOfCode.get(parent) + "): a total comes before its parts.");
            } else {
                add(row, code, "Жадвалда " + ShownText.quoted(parent) + " жами йўқ.",
                        "The table has no total " + ShownText.quoted(parent) + ".");
            }
        }
        Indicator.Breakdown breakdown = choice(row, code, line, "breakdown", Indicator.Breakdown.class, true);
        List<String> measures = measures(row, code, line.get("measures"));
        String labelCyrl = line.get("label_cyrl");
        if (!CYRILLIC.matcher(labelCyrl).find()) {
            add(row, code, "Кирилл ёзувидаги ном (label_cyrl) йўқ.", "The Cyrillic label (label_cyrl) is missing.");
        }
        String labelEn = line.get("label_en");
        if (labelEn.isEmpty()) {
            add(row, code, "Инглизча ном (label_en) йўқ.", "The English label (label_en) is missing.");
        }
        Indicator.Aggregation aggregation = choice(row, code, line, "aggregation", Indicator.Aggregation.class, false);
        Indicator.Periodicity periodicity = choice(row, code, line, "periodicity", Indicator.Periodicity.class, false);
        Boolean plan = bool(row, code, line, "plan");
        Boolean qualitative = bool(row, code, line, "qualitative");
        if (qualitative != null && qualitative != measures.isEmpty()) {
            add(row, code, qualitative ? "Сифат қаторида ўлчов бўлмайди (measures бўш қолади)."
                            : "Сон қаторида камида битта ўлчов бўлади (measures).",
                    qualitative ? "A qualitative row has no measures (leave measures empty)."
                            : "A quantitative row has at least one measure (measures).");
        }
        String previous = previous(row, code, line.get("previous_code"));
        if (findings.size() > before) {
            return null;
        }
        String labelLatn = line.get("label_latn");
        return new Indicator(code, blankToNull(line.get("seed_number")), section, parent, breakdown, labelCyrl,
                labelLatn.isEmpty() ? UzbekScript.toLatin(labelCyrl) : labelLatn, labelEn,
                blankToNull(line.get("unit_seed")), measures, aggregation, periodicity,
                blankToNull(line.get("due_seed")), plan, qualitative, previous);
    }

    private List<String> measures(int row, String code, String written) {
        if (written.isEmpty()) {
            return List.of();
        }
        List<String> measures = Arrays.stream(written.split("\\|", -1)).map(String::strip).toList();
        Set<String> distinct = new LinkedHashSet<>();
        for (String m : measures) {
            boolean first = distinct.add(m);
            if (!known.measureKeys().contains(m)) {
                add(row, code, "«" + ShownText.quoted(m) + "» ўлчови нотаниш (бор ўлчовлар: "
                        + known.measureKeys().stream().sorted().toList() + ").", "Unknown measure «"
                        + ShownText.quoted(m) + "» (known measures: " + known.measureKeys().stream().sorted().toList() + ").");
            } else if (!first) {
                add(row, code, m + " ўлчови икки марта ёзилган.", "The measure " + m + " is written twice.");
            }
        }
        return List.copyOf(distinct);
    }

    private String previous(int row, String code, String written) {
        if (written.isEmpty()) {
            return null;
        }
        if (written.equals(Indicator.NO_LINK)) {
            return written;
        }
        if (known.previousYear().isEmpty()) {
            add(row, code, (year - 1) + " йил учун жадвал йўқ: previous_code бўш ёки «-» бўлади.",
                    "There is no table for " + (year - 1) + ": previous_code must be empty or \"-\".");
            return null;
        }
        Map<String, Indicator> previousYear = known.previousYear().get();
        List<String> codes = Arrays.stream(written.split("\\|", -1)).map(String::strip).toList();
        for (String c : codes) {
            if (!previousYear.containsKey(c)) {
                add(row, code, (year - 1) + " йил жадвалида «" + ShownText.quoted(c) + "» қатори йўқ (previous_code).",
                        "The " + (year - 1) + " table has no row «" + ShownText.quoted(c) + "» (previous_code).");
            }
        }
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            add(row, code, "previous_code да бир код икки марта ёзилган.", "previous_code names a code twice.");
        }
        return String.join(Indicator.MERGED, codes);
    }

    /** Checks that need the whole table: totals and their parts. */
    private void wholeTable(Map<String, Indicator> rows, Map<String, Integer> rowOf, Set<String> namedAsTotal) {
        Map<String, List<Indicator>> parts = new HashMap<>();
        rows.values().stream().filter(i -> i.parentCode() != null)
                .forEach(i -> parts.computeIfAbsent(i.parentCode(), k -> new ArrayList<>()).add(i));
        for (Indicator total : rows.values()) {
            List<Indicator> itsParts = parts.getOrDefault(total.code(), List.of());
            int row = rowOf.get(total.code());
            if (!itsParts.isEmpty() && total.breakdown() == null) {
                add(row, total.code(), "Қисмлари бор, лекин breakdown йўқ: complete (қисмлар жамини беради) ёки partial"
                        + " (ошмайди) ёзинг.", "It has parts but no breakdown: write complete (the parts add up to it)"
                        + " or partial (they may not exceed it).");
            }
            if (!namedAsTotal.contains(total.code()) && total.breakdown() != null) {
                add(row, total.code(), "breakdown ёзилган, лекин қисмлари йўқ.", "A breakdown is written, but the row"
                        + " has no parts.");
            }
            for (Indicator part : itsParts) {
                int partRow = rowOf.get(part.code());
                if (total.breakdown() == Indicator.Breakdown.COMPLETE && !part.measures().equals(total.measures())) {
                    add(partRow, part.code(), "Тўлиқ бўлинган жамининг (" + total.code() + ") қисми унинг ўлчовларига"
                            + " эга бўлади: " + total.measures() + ", бу ерда " + part.measures() + ".",
                            "A part of a complete breakdown carries its total's (" + total.code() + ") measures: "
                                    + total.measures() + ", here " + part.measures() + ".");
                }
                if (part.aggregation() != total.aggregation()) {
                    add(partRow, part.code(), "Қисм ва унинг жами (" + total.code() + ") бир хил: иккаласи ҳам оқим"
                            + " (flow) ёки иккаласи ҳам қолдиқ (stock).", "A part and its total (" + total.code()
                            + ") are alike: both flows or both stocks.");
                }
            }
        }
    }

    private <E extends Enum<E>> E choice(int row, String code, TableLines.Line line, String column, Class<E> type,
                                         boolean optional) {
        String value = line.get(column);
        if (value.isEmpty() && optional) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        add(row, code, column + " устунида «" + ShownText.quoted(value) + "»: " + allowed + (optional ? " ёки бўш" : "")
                + " бўлади.", column + " is «" + ShownText.quoted(value) + "»: it must be one of " + allowed
                + (optional ? " or empty" : "") + ".");
        return null;
    }

    private Boolean bool(int row, String code, TableLines.Line line, String column) {
        return switch (line.get(column).toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no", "" -> false;
            default -> {
                add(row, code, column + " устунида «" + ShownText.quoted(line.get(column)) + "»: true ёки false бўлади.",
                        column + " is «" + ShownText.quoted(line.get(column)) + "»: it must be true or false.");
                yield null;
            }
        };
    }

    private void add(int row, String code, String cyrl, String en) {
        findings.add(new TableFinding(row, code, Message.of(cyrl, en)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
