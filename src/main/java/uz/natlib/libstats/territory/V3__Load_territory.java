package uz.natlib.libstats.territory;

import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.vocabulary.UzbekScript;

/** Loads the cleaned SOATO register into {@code territory}; Flyway runs it once per database. */
@Component
class V3__Load_territory extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String sql = """
                insert into territory (code, level, kind, parent_code, name_cyrl, name_latn, name_ru, match_key)
                values (?, ?, ?, ?, ?, ?, ?, ?)""";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (Territory t : SoatoRegistry.load()) {
                insert.setString(1, t.code());
                insert.setString(2, t.dbLevel());
                insert.setString(3, t.kind());
                insert.setString(4, t.parentCode());
                insert.setString(5, t.nameCyrl());
                insert.setString(6, t.nameLatn());
                insert.setString(7, t.nameRu());
                insert.setString(8, UzbekScript.matchKey(t.nameLatn()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
