package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.templates.TemplateGrid;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** The samples command with catalogue and territory from the real (embedded) PostgreSQL. */
@SpringBootTest
class SamplesCommandTest {

    @Autowired
    SamplesCommand command;

    @TempDir
    Path out;

    private List<String> run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.run(CommandLineFace.arguments(SamplesCommand.Arguments.class, args),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void givenBukhara2021_whenSamplesWritten_thenAPlanAndFourReturnsForEachOfItsThirteenUnits() throws Exception {
        List<String> lines = run("--out", out.toString(), "--regions", "1706", "--years", "2021");
        assertThat(lines).hasSize(65).allMatch(l -> l.startsWith(out.resolve("1706-buxoro-viloyati").toString()));
        Path plan = out.resolve("1706-buxoro-viloyati/1706246_jondor-tumani_2021_plan.xlsx");
        assertThat(lines).contains(plan.toString());
        try (Workbook wb = WorkbookFactory.create(plan.toFile(), null, true)) {
            assertThat(TemplateGrid.valueCell(wb.getSheetAt(0), "10.7", 1).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(TemplateGrid.valueCell(wb.getSheetAt(0), "10.10", 1).getNumericCellValue()).isEqualTo(7.0);
        }
        try (Workbook wb = WorkbookFactory.create(out.resolve("1706-buxoro-viloyati/1706246_jondor-tumani_2021_Q3.xlsx")
                .toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(TemplateGrid.indicatorRow(sheet, "10.7").orElseThrow()
                    .getCell(TemplateGrid.column(Label.PLAN)).getStringCellValue()).isEqualTo("1200");
            assertThat(TemplateGrid.valueCell(sheet, "5.1", 1).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void givenQuartersAndFlat_whenSamplesWritten_thenThePlanAndThoseQuartersStraightIntoTheFolder() throws Exception {
        List<String> lines = run("--out", out.toString(), "--regions", "1706", "--years", "2021", "--quarters", "2,1",
                "--flat");
        assertThat(lines).hasSize(39).allMatch(l -> l.matches(java.util.regex.Pattern.quote(out.toString())
                + "/1706\\d{3}_[a-z-]+_2021_(plan|Q1|Q2)\\.xlsx"));
        assertThat(out.resolve("1706246_jondor-tumani_2021_Q2.xlsx")).isRegularFile();
        assertThat(out.resolve("1706-buxoro-viloyati")).doesNotExist();
    }

    @Test
    void givenAYearWithoutCatalogue_whenSamplesRequested_thenAUsageErrorNamingTheYears() {
        assertThatThrownBy(() -> run("--out", out.toString(), "--years", "2023-2024"))
                .isInstanceOf(UsageException.class).hasMessageContaining("no catalogue for 2023");
    }
}
