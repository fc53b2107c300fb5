package uz.natlib.libstats.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogues as the warehouse holds them. */
@Repository
public class CatalogueRepository {

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        List<Measure> measures = jdbc.sql("select * from measure order by key")
                .query((rs, n) -> new Measure(rs.getString("key"), rs.getString("label_cyrl"),
                        rs.getString("label_latn"), rs.getString("label_en"), rs.getBoolean("decimals")))
                .list();
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
                rs.getString("due_seed"), rs.getBoolean("plan_bearing"), rs.getBoolean("qualitative"));
    }
}
