package uz.natlib.libstats.reports;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The qualitative rows of the catalogue (work marked done or not done, with a note) and the
 * answers the districts gave to them in their accepted returns, from table {@code data_status}.
 */
@Repository
class QualitativeAnswersRepository {

    private final JdbcClient jdbc;

    QualitativeAnswersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A qualitative row of the year's catalogue. */
    record QualitativeRow(String code, String seedNumber, String labelCyrl, String labelLatn, String sectionCode,
                          String sectionCyrl, String sectionLatn) {
    }

    /**
     * One district of a territory. {@code child} is the territory's child it belongs to: the
     * region under the nation, the district itself under a region, none under a district.
     */
    record District(String code, String child, String childCyrl, String childLatn) {
    }

    /** A district's answer to a row in its accepted return for a quarter; {@code done} null where not answered. */
    record Answer(String districtCode, int quarter, String indicatorCode, Boolean done, String note) {
    }

    List<QualitativeRow> rows(int year) {
        return jdbc.sql("""
                        select i.code, i.seed_number, i.label_cyrl, i.label_latn, s.code, s.label_cyrl, s.label_latn
                        from indicator i join section s on s.year = i.year and s.code = i.section_code
                        where i.year = :year and i.qualitative order by i.ordinal""")
                .param("year", year)
                .query((rs, n) -> new QualitativeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The districts the territory (nation, region or district) expects a return from, as consolidation counts them. */
    List<District> districts(String territoryCode) {
        return jdbc.sql("""
                        select d.code,
                               case when r.parent_code = :code then r.code when d.parent_code = :code then d.code end,
                               case when r.parent_code = :code then r.name_cyrl when d.parent_code = :code then d.name_cyrl end,
                               case when r.parent_code = :code then r.name_latn when d.parent_code = :code then d.name_latn end
                        from territory d join territory r on r.code = d.parent_code
                        where d.level = 'district' and :code in (d.code, d.parent_code, r.parent_code)
                        order by d.code""")
                .param("code", territoryCode)
                .query((rs, n) -> new District(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every answer to a qualitative row in the accepted returns of the territory's districts for those quarters. */
    List<Answer> answers(int year, Collection<Integer> quarters, String territoryCode) {
        return jdbc.sql("""
                        select s.district_code, p.quarter, i.code, a.done, a.note
                        from data_status a
                        join submission s on s.id = a.submission_id
                        join period p on p.code = s.period_code
                        join indicator i on i.id = a.indicator_id
                        join territory d on d.code = s.district_code
                        join territory r on r.code = d.parent_code
                        where s.status = 'accepted' and s.kind = 'return' and p.type = 'quarter' and p.year = :year
                          and p.quarter in (:quarters) and i.qualitative
                          and :code in (d.code, d.parent_code, r.parent_code)
                        order by s.district_code, p.quarter, i.ordinal""")
                .param("year", year).param("quarters", List.copyOf(quarters)).param("code", territoryCode)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3),
                        (Boolean) rs.getObject(4), rs.getString(5)))
                .list();
    }
}
