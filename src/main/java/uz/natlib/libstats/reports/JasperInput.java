package uz.natlib.libstats.reports;

import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A design, its parameters and its rows: everything a fill needs. The rows are kept, not the
 * data source, because a data source is read once and a report is filled once per format.
 */
record JasperInput(String design, Map<String, Object> parameters, List<Map<String, ?>> rows) {

    /** How many crosstab columns the rows make (0 for a report without them). */
    int columnCount() {
        return (int) rows.stream().map(row -> row.get("column")).filter(java.util.Objects::nonNull).distinct().count();
    }

    JRDataSource dataSource() {
        return new JRMapCollectionDataSource(rows);
    }
}
