package uz.natlib.libstats.tools.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Any number of quarterly returns for load tests: every district of the country for 2021
 * Q1-Q4, then again as corrected resubmissions (round 2, 3, ...: the same district figures with
 * the bibliographic records of 2.1 raised by the round number, so every file has its own bytes and supersedes
 * the previous round's). Files are named so that their order is round, district, quarter.
 */
public final class ReturnSet {

    private static final Logger log = LoggerFactory.getLogger(ReturnSet.class);
    private static final ValueKey CORRECTED = new ValueKey("2.1", "records");

    private ReturnSet() {
    }

    /** Every district's 2021 plan, from the same figures as {@link #write}. */
    public static void writePlans(Path dir, long seed) throws IOException {
        Catalogue catalogue = CatalogueFiles.read(2021);
        List<Territory> all = SoatoRegistry.load();
        Map<String, Territory> byCode = new HashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        SampleGenerator generator = new SampleGenerator(catalogue, seed);
        TemplateWriter writer = new TemplateWriter();
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.createDirectories(dir);
        for (Territory district : all.stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList()) {
            Path file = dir.resolve(String.format("p_%s_2021_plan.xlsx", district.code()));
            writer.write(TemplateRequest.blank(catalogue, district, byCode.get(district.parentCode()), 2021, null,
                    Script.CYRL, WorkbookFormat.XLSX, generator.generate(district, 2021).plan()), file);
            Files.setLastModifiedTime(file, settled);
        }
    }

    public static void write(Path dir, int count, long seed) throws IOException {
        Catalogue catalogue = CatalogueFiles.read(2021);
        List<Territory> all = SoatoRegistry.load();
        Map<String, Territory> byCode = new HashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        List<Territory> districts = all.stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList();
        SampleGenerator generator = new SampleGenerator(catalogue, seed);
        Map<String, SampleFigures> figures = new HashMap<>();
        TemplateWriter writer = new TemplateWriter();
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            int round = i / (districts.size() * 4);
            Territory district = districts.get(i / 4 % districts.size());
            int quarter = i % 4 + 1;
            SampleFigures year = figures.computeIfAbsent(district.code(), c -> generator.generate(district, 2021));
            Map<ValueKey, BigDecimal> values = new HashMap<>(year.quarter(quarter));
            if (round > 0) {
                values.merge(CORRECTED, BigDecimal.valueOf(round), BigDecimal::add);
            }
            Path file = dir.resolve(String.format("r%03d_%s_2021_Q%d.xlsx", round, district.code(), quarter));
            writer.write(TemplateRequest.blank(catalogue, district, byCode.get(district.parentCode()), 2021, quarter,
                    Script.CYRL, WorkbookFormat.XLSX, Map.of()).filled(values, year.statuses(quarter)), file);
            Files.setLastModifiedTime(file, settled);
            if ((i + 1) % 1000 == 0) {
                log.info("Generated {}/{} returns", i + 1, count);
            }
        }
    }
}
