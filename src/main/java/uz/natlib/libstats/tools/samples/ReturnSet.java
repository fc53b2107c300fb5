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
import java.util.Optional;

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
 * Any number of quarterly returns for load tests: every district of the country for a year's
 * Q1-Q4 (2021 unless told), then again as corrected resubmissions (round 2, 3, ...: the same district
 * figures with the bibliographic records of 2.1 raised by the round number, or the first figure of
 * the first standalone row if a year has no 2.1, so every file has its own bytes and supersedes
 * the previous round's). Files are named so that their order is round, district, quarter. The
 * tables are read from the files the application carries ({@code catalogue/<year>.csv}).
 */
public final class ReturnSet {

    private static final Logger log = LoggerFactory.getLogger(ReturnSet.class);
    private static final ValueKey CORRECTED = new ValueKey("2.1", "records");

    private ReturnSet() {
    }

    /** Every district's 2021 plan, from the same figures as {@link #write}. */
    public static void writePlans(Path dir, long seed) throws IOException {
        writePlans(dir, seed, 2021);
    }

    /** Every district's plan of a year, from the same figures as {@link #write}. */
    public static void writePlans(Path dir, long seed, int year) throws IOException {
        Catalogue catalogue = CatalogueFiles.read(year);
        List<Territory> all = SoatoRegistry.load();
        Map<String, Territory> byCode = new HashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        SampleGenerator generator = generator(year, seed);
        TemplateWriter writer = new TemplateWriter();
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.createDirectories(dir);
        for (Territory district : all.stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList()) {
            Path file = dir.resolve(String.format("p_%s_%d_plan.xlsx", district.code(), year));
            writer.write(TemplateRequest.blank(catalogue, district, byCode.get(district.parentCode()), year, null,
                    Script.CYRL, WorkbookFormat.XLSX, generator.generate(district, year).plan()), file);
            Files.setLastModifiedTime(file, settled);
        }
    }

    public static void write(Path dir, int count, long seed) throws IOException {
        write(dir, count, seed, 2021);
    }

    public static void write(Path dir, int count, long seed, int year) throws IOException {
        Catalogue catalogue = CatalogueFiles.read(year);
        ValueKey corrected = corrected(catalogue);
        List<Territory> all = SoatoRegistry.load();
        Map<String, Territory> byCode = new HashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        List<Territory> districts = all.stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList();
        SampleGenerator generator = generator(year, seed);
        Map<String, SampleFigures> figures = new HashMap<>();
        TemplateWriter writer = new TemplateWriter();
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            int round = i / (districts.size() * 4);
            Territory district = districts.get(i / 4 % districts.size());
            int quarter = i % 4 + 1;
            SampleFigures made = figures.computeIfAbsent(district.code(), c -> generator.generate(district, year));
            Map<ValueKey, BigDecimal> values = new HashMap<>(made.quarter(quarter));
            if (round > 0) {
                values.merge(corrected, BigDecimal.valueOf(round), BigDecimal::add);
            }
            Path file = dir.resolve(String.format("r%03d_%s_%d_Q%d.xlsx", round, district.code(), year, quarter));
            writer.write(TemplateRequest.blank(catalogue, district, byCode.get(district.parentCode()), year, quarter,
                    Script.CYRL, WorkbookFormat.XLSX, Map.of()).filled(values, made.statuses(quarter)), file);
            Files.setLastModifiedTime(file, settled);
            if ((i + 1) % 1000 == 0) {
                log.info("Generated {}/{} returns", i + 1, count);
            }
        }
    }

    /** The year's generator, continuing the years before it whose tables the application carries. */
    private static SampleGenerator generator(int year, long seed) {
        return SampleGenerator.chain(y -> CatalogueFiles.exists(y) ? Optional.of(CatalogueFiles.read(y)) : Optional.empty(),
                year, seed);
    }

    /** The figure a correction round raises: 2.1 records, or the first measure of the first standalone flow. */
    private static ValueKey corrected(Catalogue catalogue) {
        boolean has = catalogue.indicators().stream()
                .anyMatch(i -> i.code().equals(CORRECTED.indicatorCode()) && i.measures().contains(CORRECTED.measure()));
        if (has) {
            return CORRECTED;
        }
        Family family = Family.of(catalogue).stream().filter(f -> f.standalone() && !f.stock()).findFirst().orElseThrow();
        return new ValueKey(family.root().code(), family.root().measures().get(0));
    }
}
