package uz.natlib.libstats.catalogue;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** The 2021 table, from catalogue/2021.csv. A later year gets a migration like this one. */
@Component
class V4__Load_catalogue_2021 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new CatalogueLoader(context.getConnection()).load(CatalogueFiles.read(2021));
    }
}
