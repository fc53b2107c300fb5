package uz.natlib.libstats.service.timing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty years of national history in the warehouse, made from one real year: the year's
 * catalogue, accepted files, values, findings, consolidated figures, completeness and report
 * rows copied to each earlier year in SQL, as if every district had sent the same files every
 * year. For timing pages against a warehouse of the size they must stand, not for figures.
 */
final class TwentyYears {

    private TwentyYears() {
    }

    /** Copies {@code source}'s rows to each of the {@code years} years before it. */
    static void copy(JdbcClient jdbc, int source, int years) {
        for (int year = source - years; year < source; year++) {
            // Copies of rows already checked: their foreign keys need no checking again (a tenth of the time).
            jdbc.sql("set session_replication_role = replica").update();
            try {
                copyYear(jdbc, source, year);
            } finally {
                jdbc.sql("set session_replication_role = origin").update();
            }
        }
        jdbc.sql("analyze").update();
    }

    private static void copyYear(JdbcClient jdbc, int from, int to) {
        String shift = "replace(%s, '" + from + "', '" + to + "')";
        jdbc.sql("insert into catalogue_year (year, source) select ?, source from catalogue_year where year = ?"
                + " on conflict do nothing").params(to, from).update();
        jdbc.sql("""
                insert into section (year, code, ordinal, label_cyrl, label_latn, label_en)
                select ?, code, ordinal, label_cyrl, label_latn, label_en from section where year = ?
                on conflict do nothing""").params(to, from).update();
        jdbc.sql("""
                insert into indicator (year, code, ordinal, seed_number, section_code, breakdown, label_cyrl, label_latn,
                                       label_en, unit_seed, aggregation, periodicity, due_seed, plan_bearing, qualitative)
                select ?, code, ordinal, seed_number, section_code, breakdown, label_cyrl, label_latn, label_en,
                       unit_seed, aggregation, periodicity, due_seed, plan_bearing, qualitative
                from indicator where year = ? on conflict do nothing""").params(to, from).update();
        jdbc.sql("""
                update indicator child set parent_id = copy.id
                from indicator original join indicator parent on parent.id = original.parent_id,
                     indicator copy
                where child.year = ? and original.year = ? and original.code = child.code
                  and copy.year = ? and copy.code = parent.code""").params(to, from, to).update();
        jdbc.sql("""
                insert into indicator_measure (indicator_id, position, measure_key)
                select copy.id, m.position, m.measure_key from indicator_measure m
                join indicator original on original.id = m.indicator_id and original.year = ?
                join indicator copy on copy.year = ? and copy.code = original.code
                on conflict do nothing""").params(from, to).update();

        jdbc.sql("create temporary table if not exists copied_submission (old_id bigint primary key, new_id bigint)")
                .update();
        jdbc.sql("truncate copied_submission").update();
        jdbc.sql(("""
                with source as (
                    select s.*, nextval('submission_id_seq') as new_id from submission s
                    join period p on p.code = s.period_code where p.year = ? and s.status <> 'duplicate'
                ), inserted as (
                    insert into submission (id, kind, original_name, sha256, district_code, period_code, template_version,
                                            version, status, stored_path, value_count, error_count, warning_count,
                                            received_at, processed_at, intake_name)
                    select new_id, kind, %s, md5(sha256 || '%d') || md5('%d' || sha256), district_code, %s,
                           template_version, version, status, stored_path, value_count, error_count, warning_count,
                           received_at - make_interval(years => %d), processed_at - make_interval(years => %d),
                           intake_name
                    from source returning id
                )
                insert into copied_submission select id, new_id from source""")
                .formatted(shift.formatted("original_name"), to, to, shift.formatted("period_code"), from - to, from - to))
                .param(from).update();
        jdbc.sql("""
                insert into data_value (submission_id, indicator_id, measure_key, value)
                select c.new_id, copy.id, v.measure_key, v.value from data_value v
                join copied_submission c on c.old_id = v.submission_id
                join indicator original on original.id = v.indicator_id
                join indicator copy on copy.year = ? and copy.code = original.code""").param(to).update();
        jdbc.sql("""
                insert into data_status (submission_id, indicator_id, done, note)
                select c.new_id, copy.id, v.done, v.note from data_status v
                join copied_submission c on c.old_id = v.submission_id
                join indicator original on original.id = v.indicator_id
                join indicator copy on copy.year = ? and copy.code = original.code""").param(to).update();
        jdbc.sql("""
                insert into plan_value (submission_id, indicator_id, measure_key, value)
                select c.new_id, copy.id, v.measure_key, v.value from plan_value v
                join copied_submission c on c.old_id = v.submission_id
                join indicator original on original.id = v.indicator_id
                join indicator copy on copy.year = ? and copy.code = original.code""").param(to).update();
        jdbc.sql("""
                insert into validation_finding (submission_id, severity, rule, sheet, cell, value_seen, message_cyrl,
                                                message_latn, message_en)
                select c.new_id, severity, rule, sheet, cell, value_seen, message_cyrl, message_latn, message_en
                from validation_finding f join copied_submission c on c.old_id = f.submission_id""").update();

        Long sourceRun = jdbc.sql("select max(id) from consolidation_run where year = ? and finished_at is not null")
                .param(from).query(Long.class).single();
        Long run = jdbc.sql("""
                insert into consolidation_run (year, quarter, started_at, finished_at)
                select ?, quarter, started_at - make_interval(years => ?), finished_at - make_interval(years => ?)
                from consolidation_run where year = ? and finished_at is not null order by id desc limit 1
                returning id""").params(to, from - to, from - to, from).query(Long.class).optional().orElse(null);
        if (run == null) {
            return;
        }
        jdbc.sql("""
                insert into consolidation_run_submission (run_id, submission_id)
                select ?, c.new_id from consolidation_run_submission u
                join copied_submission c on c.old_id = u.submission_id where u.run_id = ?""")
                .params(run, sourceRun).update();
        jdbc.sql("""
                insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id, measure_key, value,
                                                reporting, expected, plan_value, plan_reporting, previous_value)
                select ?, ?, v.quarter, v.span, v.territory_code, copy.id, v.measure_key, v.value, v.reporting, v.expected,
                       v.plan_value, v.plan_reporting, v.previous_value
                from consolidated_value v
                join indicator original on original.id = v.indicator_id
                join indicator copy on copy.year = ? and copy.code = original.code
                where v.year = ?""").params(run, to, to, from).update();
        jdbc.sql("""
                insert into completeness (run_id, year, quarter, territory_code, due_date, expected, accepted, only_rejected,
                                          nothing_received, on_time, late)
                select ?, ?, quarter, territory_code, (due_date - make_interval(years => ?))::date, expected, accepted,
                       only_rejected, nothing_received, on_time, late
                from completeness where year = ?""").params(run, to, from - to, from).update();
        jdbc.sql(("""
                insert into report (report_type, period_code, territory_code, script, format, path, size_bytes, sha256,
                                    generated_at, consolidation_run, current)
                select report_type, %s, territory_code, script, format, path, size_bytes, sha256,
                       generated_at - make_interval(years => %d), ?, current
                from report r join period p on p.code = r.period_code where p.year = ?""")
                .formatted(shift.formatted("period_code"), from - to)).params(run, from).update();
    }
}
