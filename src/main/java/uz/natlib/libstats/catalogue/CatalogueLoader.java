package uz.natlib.libstats.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a year's catalogue into the warehouse. Called from the Flyway migration of that year,
 * on the migration's own connection, so a failed load leaves nothing behind.
 */
public final class CatalogueLoader {

    private final Connection connection;

    public CatalogueLoader(Connection connection) {
        this.connection = connection;
    }

    public void load(Catalogue catalogue) throws SQLException {
        insertMeasures(catalogue);
        try (PreparedStatement year = connection.prepareStatement(
                "insert into catalogue_year (year, source) values (?, ?)")) {
            year.setInt(1, catalogue.year());
            year.setString(2, catalogue.source());
            year.executeUpdate();
        }
        try (PreparedStatement section = connection.prepareStatement("""
                insert into section (year, code, ordinal, label_cyrl, label_latn, label_en)
                values (?, ?, ?, ?, ?, ?)""")) {
            for (Section s : catalogue.sections()) {
                section.setInt(1, catalogue.year());
                section.setString(2, s.code());
                section.setInt(3, s.ordinal());
                section.setString(4, s.labelCyrl());
                section.setString(5, s.labelLatn());
                section.setString(6, s.labelEn());
                section.addBatch();
            }
            section.executeBatch();
        }
        insertIndicators(catalogue);
    }

    private void insertMeasures(Catalogue catalogue) throws SQLException {
        try (PreparedStatement measure = connection.prepareStatement("""
                insert into measure (key, label_cyrl, label_latn, label_en, decimals) values (?, ?, ?, ?, ?)
                on conflict (key) do update set label_cyrl = excluded.label_cyrl, label_latn = excluded.label_latn,
                    label_en = excluded.label_en, decimals = excluded.decimals""")) {
            for (Measure m : catalogue.measures()) {
                measure.setString(1, m.key());
                measure.setString(2, m.labelCyrl());
                measure.setString(3, m.labelLatn());
                measure.setString(4, m.labelEn());
                measure.setBoolean(5, m.decimals());
                measure.addBatch();
            }
            measure.executeBatch();
        }
    }

    private void insertIndicators(Catalogue catalogue) throws SQLException {
        Map<String, Integer> idByCode = new HashMap<>();
        // V4 loads 2021 before V18 adds previous_code; a table without links leaves the column out.
        boolean links = catalogue.indicators().stream().anyMatch(i -> i.previousCode() != null);
        String sql = """
                insert into indicator (year, code, ordinal, seed_number, section_code, parent_id, breakdown,
                    label_cyrl, label_latn, label_en, unit_seed, aggregation, periodicity, due_seed,
                    plan_bearing, qualitative%s)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%s) returning id"""
                .formatted(links ? ", previous_code" : "", links ? ", ?" : "");
        try (PreparedStatement indicator = connection.prepareStatement(sql);
             PreparedStatement measure = connection.prepareStatement(
                     "insert into indicator_measure (indicator_id, position, measure_key) values (?, ?, ?)")) {
            int ordinal = 0;
            for (Indicator i : catalogue.indicators()) {
                int p = 1;
                indicator.setInt(p++, catalogue.year());
                indicator.setString(p++, i.code());
                indicator.setInt(p++, ++ordinal);
                indicator.setString(p++, i.seedNumber());
                indicator.setString(p++, i.section());
                if (i.parentCode() == null) {
                    indicator.setNull(p++, Types.INTEGER);
                } else {
                    indicator.setInt(p++, idByCode.get(i.parentCode()));
                }
                indicator.setString(p++, lower(i.breakdown()));
                indicator.setString(p++, i.labelCyrl());
                indicator.setString(p++, i.labelLatn());
                indicator.setString(p++, i.labelEn());
                indicator.setString(p++, i.unitSeed());
                indicator.setString(p++, lower(i.aggregation()));
                indicator.setString(p++, lower(i.periodicity()));
                indicator.setString(p++, i.dueSeed());
                indicator.setBoolean(p++, i.planBearing());
                indicator.setBoolean(p++, i.qualitative());
                if (links) {
                    indicator.setString(p, i.previousCode());
                }
                int id;
                try (ResultSet rs = indicator.executeQuery()) {
                    rs.next();
                    id = rs.getInt(1);
                }
                idByCode.put(i.code(), id);
                int position = 0;
                for (String m : i.measures()) {
                    measure.setInt(1, id);
                    measure.setInt(2, ++position);
                    measure.setString(3, m);
                    measure.addBatch();
                }
            }
            measure.executeBatch();
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
