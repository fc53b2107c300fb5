package uz.natlib.libstats.users;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code app_user}. */
@Repository
public class UserRepository {

    private static final RowMapper<UserAccount> ACCOUNT = (rs, n) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getString("region_code"), rs.getString("language"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from app_user where username = :name").param("name", username)
                .query(ACCOUNT).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username").query(ACCOUNT).list();
    }

    /** Inserts a user unless one of that name exists; returns whether it was inserted. */
    boolean insert(String username, String passwordHash, Role role, String regionCode, String language) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, role, region_code, language)
                        values (:name, :hash, :role, :region, :language)
                        on conflict (username) do nothing""")
                .param("name", username).param("hash", passwordHash).param("role", role.name())
                .param("region", regionCode).param("language", language)
                .update() == 1;
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :enabled where username = :name")
                .param("enabled", enabled).param("name", username).update() == 1;
    }

    boolean setPassword(String username, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = :hash, password_set_at = now() where username = :name")
                .param("hash", passwordHash).param("name", username).update() == 1;
    }

    public boolean setLanguage(String username, String language) {
        return jdbc.sql("update app_user set language = :language where username = :name")
                .param("language", language).param("name", username).update() == 1;
    }

    /** Whether a region of that code exists (a regional user must be bound to one). */
    boolean isRegion(String code) {
        return jdbc.sql("select count(*) from territory where code = :code and level = 'region'")
                .param("code", code).query(Long.class).single() == 1;
    }
}
