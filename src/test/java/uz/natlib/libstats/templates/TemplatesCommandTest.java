package uz.natlib.libstats.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.warehouse.PlanRepository;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** Plan figures from the warehouse and the templates command, against the real (embedded) PostgreSQL. */
@SpringBootTest
@Transactional
class TemplatesCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanRepository plans;

    @Autowired
    TemplatesCommand command;

    @TempDir
    Path out;

    private long submission(String status) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status)
                        values ('plan', 'plan.xlsx', md5(random()::text) || md5(random()::text), '1706246', '2021', ?)
                        returning id""")
                .param(status).query(Long.class).single();
    }

    private void planValue(long submission, String code, String measure, String value) {
        jdbc.sql("""
                        insert into plan_value (submission_id, indicator_id, measure_key, value)
                        select ?, id, ?, ?::numeric from indicator where year = 2021 and code = ?""")
                .params(submission, measure, value, code).update();
    }

    private void jondorPlan() {
        // Other tests may have loaded sample plans; inside this rolled-back transaction they step aside.
        jdbc.sql("""
                update submission set status = 'superseded'
                where period_code = '2021' and kind = 'plan' and status = 'accepted'""")
                .update();
        long accepted = submission("accepted");
        planValue(accepted, "10.3", "readers", "21");
        planValue(accepted, "10.7", "posts", "1200");
        long rejected = submission("rejected");
        planValue(rejected, "10.3", "readers", "99");
        planValue(rejected, "10.8", "sheets", "20");
    }

    private List<String> run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.run(CommandLineFace.arguments(TemplatesCommand.Arguments.class, args),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void givenAnAcceptedAndARejectedPlan_whenPlanFiguresRead_thenOnlyTheAcceptedOnesCount() {
        jondorPlan();
        assertThat(plans.of("1706246", 2021)).hasSize(2)
                .hasEntrySatisfying(new ValueKey("10.3", "readers"), v -> assertThat(v).isEqualByComparingTo("21"))
                .hasEntrySatisfying(new ValueKey("10.7", "posts"), v -> assertThat(v).isEqualByComparingTo("1200"));
        assertThat(plans.of("1706246", 2023)).isEmpty();
        assertThat(plans.ofAllDistricts(2021)).containsOnlyKeys("1706246");
    }

    @Test
    void givenJondorWithAPlan_whenTemplatesWritten_thenAPlanAndFourReturnsShowingThePlan() throws Exception {
        jondorPlan();
        List<String> lines = run("--year", "2021", "--district", "1706246", "--out", out.toString());
        assertThat(lines).containsExactly(Stream.of("plan", "Q1", "Q2", "Q3", "Q4")
                .map(p -> out.resolve("1706/1706246_jondor-tumani_2021_" + p + ".xlsx").toString()).toArray(String[]::new));
        try (Workbook wb = WorkbookFactory.create(out.resolve("1706/1706246_jondor-tumani_2021_Q2.xlsx").toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(TemplateGrid.indicatorRow(sheet, "10.3").orElseThrow()
                    .getCell(TemplateGrid.column(Label.PLAN)).getStringCellValue()).isEqualTo("21");
        }
        try (Workbook wb = WorkbookFactory.create(out.resolve("1706/1706246_jondor-tumani_2021_plan.xlsx").toFile(), null, true)) {
            assertThat(TemplateGrid.valueCell(wb.getSheetAt(0), "10.7", 1).getNumericCellValue()).isEqualTo(1200.0);
        }
    }

    @Test
    void givenBukharaAndAQuarter_whenTemplatesWritten_thenOneReturnPerDistrictAndCityInLatin() throws Exception {
        List<String> lines = run("--year", "2021", "--quarter", "3", "--region", "1706", "--script", "latn",
                "--out", out.toString());
        assertThat(lines).hasSize(13).allMatch(l -> l.endsWith("_2021_Q3.xlsx"));
        try (Stream<Path> files = Files.list(out.resolve("1706"))) {
            assertThat(files).hasSize(13);
        }
        try (Workbook wb = WorkbookFactory.create(out.resolve("1706/1706403_kogon_2021_Q3.xlsx").toFile(), null, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Hisobot");
        }
    }

    @Test
    void givenBothScripts_whenTemplatesWritten_thenEachScriptInItsOwnFolder() throws Exception {
        List<String> lines = run("--year", "2021", "--quarter", "1", "--district", "1706246", "--script", "both",
                "--out", out.toString());
        assertThat(lines).containsExactly(out.resolve("cyrl/1706/1706246_jondor-tumani_2021_Q1.xlsx").toString(),
                out.resolve("latn/1706/1706246_jondor-tumani_2021_Q1.xlsx").toString());
        try (Workbook wb = WorkbookFactory.create(out.resolve("latn/1706/1706246_jondor-tumani_2021_Q1.xlsx").toFile(),
                null, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Hisobot");
        }
        try (Workbook wb = WorkbookFactory.create(out.resolve("cyrl/1706/1706246_jondor-tumani_2021_Q1.xlsx").toFile(),
                null, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Ҳисобот");
        }
    }

    @Test
    void givenADistrictOutsideTheRegion_whenTemplatesRequested_thenAUsageError() {
        assertThatThrownBy(() -> run("--year", "2021", "--region", "1718", "--district", "1706246",
                "--out", out.toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("no district matches");
    }
}
