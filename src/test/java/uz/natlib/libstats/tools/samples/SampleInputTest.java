package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.TemplateGrid;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** The committed sample-input/ is what the generator makes today (seed 42), so it cannot drift from the code. */
class SampleInputTest {

    private static final Path BUKHARA = Path.of("sample-input/1706-buxoro-viloyati");

    @Test
    void givenTheCommittedBukharaSet_whenRegeneratedWithSeed42_thenEveryFigureIsTheSame() throws IOException {
        Catalogue catalogue = CatalogueFiles.read(2021);
        Districts districts = new Districts(SoatoRegistry.load());
        SampleGenerator generator = new SampleGenerator(catalogue, 42);
        List<Path> files;
        try (Stream<Path> list = Files.list(BUKHARA)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(65);
        for (Path file : files) {
            String[] name = file.getFileName().toString().replace(".xlsx", "").split("_");
            SampleFigures figures = generator.generate(districts.find(name[0]).orElseThrow(), 2021);
            Map<ValueKey, BigDecimal> expected = name[3].equals("plan") ? figures.plan()
                    : figures.quarter(Integer.parseInt(name[3].substring(1)));
            assertThat(read(file, catalogue)).as(file.toString()).isEqualTo(normalised(expected));
        }
    }

    /**
     * The 2022 set (plan, Q1 and Q2 of Bukhara's 13 units) is what
     * {@code jobs/samples --out sample-input/1706-buxoro-viloyati-2022 --regions 1706 --years 2022 --quarters 1,2 --flat}
     * writes: 2022's table, continuing the 2021 figures.
     */
    @Test
    void givenTheCommittedBukhara2022Set_whenRegeneratedWithSeed42_thenEveryFigureIsTheSame() throws IOException {
        Catalogue catalogue = CatalogueFiles.read(2022);
        Districts districts = new Districts(SoatoRegistry.load());
        SampleGenerator generator = SampleGenerator.chain(y -> CatalogueFiles.exists(y)
                ? java.util.Optional.of(CatalogueFiles.read(y)) : java.util.Optional.empty(), 2022, 42);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sample-input/1706-buxoro-viloyati-2022"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(39);
        assertThat(files).allMatch(f -> f.getFileName().toString().matches("1706\\d{3}_[a-z-]+_2022_(plan|Q1|Q2)\\.xlsx"));
        for (Path file : files) {
            String[] name = file.getFileName().toString().replace(".xlsx", "").split("_");
            SampleFigures figures = generator.generate(districts.find(name[0]).orElseThrow(), 2022);
            Map<ValueKey, BigDecimal> expected = name[3].equals("plan") ? figures.plan()
                    : figures.quarter(Integer.parseInt(name[3].substring(1)));
            assertThat(read(file, catalogue)).as(file.toString()).isEqualTo(normalised(expected));
        }
    }

    private static Map<ValueKey, BigDecimal> read(Path file, Catalogue catalogue) throws IOException {
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicators().forEach(i -> byCode.put(i.code(), i));
        Map<ValueKey, BigDecimal> values = new HashMap<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : wb.getSheetAt(0)) {
                Cell code = row.getCell(TemplateGrid.column(Label.CODE));
                Indicator indicator = code == null || row.getRowNum() <= TemplateGrid.HEADER_ROW ? null
                        : byCode.get(code.getStringCellValue());
                for (int k = 1; indicator != null && k <= indicator.measures().size(); k++) {
                    Cell cell = row.getCell(TemplateGrid.valueColumn(k));
                    if (cell.getCellType() == CellType.NUMERIC) {
                        values.put(new ValueKey(indicator.code(), indicator.measures().get(k - 1)),
                                BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
                    }
                }
            }
        }
        return values;
    }

    private static Map<ValueKey, BigDecimal> normalised(Map<ValueKey, BigDecimal> values) {
        Map<ValueKey, BigDecimal> out = new HashMap<>();
        values.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
        return out;
    }
}
