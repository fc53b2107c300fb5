package uz.natlib.libstats.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TerritoryRepository {

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Territory> find(String code) {
        return jdbc.sql("select * from territory where code = ?").param(code).query((rs, n) -> map(rs)).optional();
    }

    /** The regions of the nation, or the districts and cities of a region, by code. */
    public List<Territory> children(String parentCode) {
        return jdbc.sql("select * from territory where parent_code = ? order by code")
                .param(parentCode).query((rs, n) -> map(rs)).list();
    }

    public List<Territory> regions() {
        return jdbc.sql("select * from territory where level = 'region' order by code")
                .query((rs, n) -> map(rs)).list();
    }

    /** The region itself first, then its districts and cities by code. */
    public List<Territory> regionWithDistricts(String regionCode) {
        return jdbc.sql("""
                        select * from territory
                        where code = :code and level = 'region' or parent_code = :code
                        order by level desc, code""")
                .param("code", regionCode)
                .query((rs, n) -> map(rs)).list();
    }

    /** Every region, each followed by its districts. */
    public List<Territory> all() {
        return jdbc.sql("""
                        select t.* from territory t
                        where t.level <> 'nation'
                        order by coalesce(case when t.level = 'district' then t.parent_code end, t.code),
                                 t.level desc, t.code""")
                .query((rs, n) -> map(rs)).list();
    }

    /** Nation, regions and districts. */
    public List<Territory> everything() {
        return jdbc.sql("select * from territory order by code").query((rs, n) -> map(rs)).list();
    }

    private static Territory map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Territory(rs.getString("code"),
                Territory.Level.valueOf(rs.getString("level").toUpperCase(Locale.ROOT)),
                rs.getString("kind"), rs.getString("parent_code"),
                rs.getString("name_cyrl"), rs.getString("name_latn"), rs.getString("name_ru"));
    }
}
