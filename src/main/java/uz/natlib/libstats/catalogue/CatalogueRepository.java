package uz.natlib.libstats.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogues as the warehouse holds them. */
@Repository
public class CatalogueRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    CatalogueRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Integer> years() {
        return jdbc.sql("select year from catalogue_year order by year").query(Integer.class).list();
    }

    public Optional<Catalogue> find(int year) {
        Optional<String> source = jdbc.sql("select source from catalogue_year where year = ?")
                .param(year).query(String.class).optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        List<Section> sections = jdbc.sql("""
                        select code, ordinal, label_cyrl, label_latn, label_en from section
                        where year = ? order by ordinal""")
                .param(year)
                .query((rs, n) -> new Section(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        List<Indicator> indicators = jdbc.sql("""
                        select i.*, p.code as parent_code,
                               (select string_agg(m.measure_key, '|' order by m.position)
                                from indicator_measure m where m.indicator_id = i.id) as measures
                        from indicator i left join indicator p on p.id = i.parent_id
                        where i.year = ? order by i.ordinal""")
                .param(year)
                .query((rs, n) -> indicator(rs))
                .list();
        List<Measure> measures = measures();
        return Optional.of(new Catalogue(year, source.get(), sections, indicators, measures));
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        String measures = rs.getString("measures");
        String breakdown = rs.getString("breakdown");
        return new Indicator(rs.getString("code"), rs.getString("seed_number"), rs.getString("section_code"),
                rs.getString("parent_code"),
                breakdown == null ? null : Indicator.Breakdown.valueOf(breakdown.toUpperCase(Locale.ROOT)),
                rs.getString("label_cyrl"), rs.getString("label_latn"), rs.getString("label_en"),
                rs.getString("unit_seed"),
                measures == null ? List.of() : Arrays.asList(measures.split("\\|")),
                Indicator.Aggregation.valueOf(rs.getString("aggregation").toUpperCase(Locale.ROOT)),
                Indicator.Periodicity.valueOf(rs.getString("periodicity").toUpperCase(Locale.ROOT)),
                rs.getString("due_seed"), rs.getBoolean("plan_bearing"), rs.getBoolean("qualitative"),
                rs.getString("previous_code"));
    }

    public List<Measure> measures() {
        return jdbc.sql("select * from measure order by key")
                .query((rs, n) -> new Measure(rs.getString("key"), rs.getString("label_cyrl"),
                        rs.getString("label_latn"), rs.getString("label_en"), rs.getBoolean("decimals")))
                .list();
    }

    /** Every section code a table has used, labelled as the latest table up to that year has it. */
    public Map<String, Section> knownSections(int year) {
        Map<String, Section> sections = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (code) code, ordinal, label_cyrl, label_latn, label_en from section
                        order by code, (year <= ?) desc, abs(year - ?)""")
                .params(year, year)
                .query((rs, n) -> new Section(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list().stream().sorted(java.util.Comparator.comparingInt(Section::ordinal))
                .forEach(s -> sections.put(s.code(), s));
        return sections;
    }

    /** Who imported a year's table and when; empty for a year without one. */
    public Optional<String> importedBy(int year) {
        return jdbc.sql("select coalesce(imported_by, '') from catalogue_year where year = ?").param(year)
                .query(String.class).optional();
    }

    /**
     * Submissions of the year whose figures were stored against its table: accepted ones, and
     * accepted ones since superseded. Rejected files stored nothing.
     */
    public int submissionsAgainst(int year) {
        return jdbc.sql("""
                        select count(*) from submission s join period p on p.code = s.period_code
                        where p.year = ? and s.status in ('accepted', 'superseded')""")
                .param(year).query(Integer.class).single();
    }

    /**
     * Serialises imports of the same year across processes: the second waits for the first's
     * transaction and then sees its table.
     */
    public void lockYear(int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('catalogue_year'), ?)").param(year).query(Object.class).single();
    }

    /**
     * Replaces a year's table, in the caller's transaction. Only for a year no stored figure
     * refers to: the foreign keys from data_value, data_status and plan_value refuse otherwise.
     */
    public void replace(Catalogue catalogue, String importedBy) {
        int year = catalogue.year();
        jdbc.sql("delete from consolidated_value where year = ?").param(year).update();
        jdbc.sql("delete from indicator_measure where indicator_id in (select id from indicator where year = ?)")
                .param(year).update();
        jdbc.sql("delete from indicator where year = ?").param(year).update();
        jdbc.sql("delete from section where year = ?").param(year).update();
        jdbc.sql("delete from catalogue_year where year = ?").param(year).update();
        jdbcTemplate.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            new CatalogueLoader(connection).load(catalogue);
            return null;
        });
        jdbc.sql("update catalogue_year set imported_by = ? where year = ?").params(importedBy, year).update();
    }
}
