package uz.natlib.libstats.periods;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The periods and their locks. Locking a period makes its figures final: returns for it are
 * rejected from then on.
 */
@Repository
public class PeriodRepository {

    private final JdbcClient jdbc;

    PeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PeriodState(String code, String lockedAt, long accepted) {
    }

    /** @return whether the period exists */
    public boolean lock(String code, boolean locked) {
        return jdbc.sql("update period set locked_at = case when :locked then coalesce(locked_at, now()) end "
                        + "where code = :code")
                .param("locked", locked).param("code", code).update() == 1;
    }

    /** The codes of the locked periods. */
    public Set<String> locked() {
        return Set.copyOf(jdbc.sql("select code from period where locked_at is not null").query(String.class).list());
    }

    /** Periods that have submissions or are locked, latest first. */
    public List<PeriodState> withData() {
        return jdbc.sql("""
                        select p.code, to_char(p.locked_at at time zone 'Asia/Tashkent', 'YYYY-MM-DD HH24:MI') as locked,
                               count(s.id) filter (where s.status = 'accepted') as accepted
                        from period p left join submission s on s.period_code = p.code
                        group by p.code, p.locked_at, p.start_date, p.type
                        having count(s.id) > 0 or p.locked_at is not null
                        order by p.start_date desc, p.type""")
                .query((rs, n) -> new PeriodState(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}
