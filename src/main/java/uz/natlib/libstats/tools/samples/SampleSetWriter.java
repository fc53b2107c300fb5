package uz.natlib.libstats.tools.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.TemplateFiles;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Writes a district's sample year (plan and four returns) as filled workbooks. Holds only
 * reference data read once; safe to use from several threads, one workbook at a time each.
 */
public final class SampleSetWriter {

    private final Map<Integer, Catalogue> catalogues;
    private final Map<Integer, SampleGenerator> generators = new LinkedHashMap<>();
    private final Districts districts;
    private final Script script;
    private final WorkbookFormat format;
    private final TemplateWriter writer = new TemplateWriter();

    public SampleSetWriter(Map<Integer, Catalogue> catalogues, Districts districts, long seed, Script script,
                           WorkbookFormat format) {
        this(catalogues, year -> Optional.ofNullable(catalogues.get(year)), districts, seed, script, format);
    }

    /**
     * A writer of the years of {@code catalogues}, whose figures continue those of the years before
     * them that {@code earlier} has a table for (a 2022 set continues the 2021 one).
     */
    public SampleSetWriter(Map<Integer, Catalogue> catalogues, IntFunction<Optional<Catalogue>> earlier,
                           Districts districts, long seed, Script script, WorkbookFormat format) {
        this.catalogues = Map.copyOf(catalogues);
        this.districts = districts;
        this.script = script;
        this.format = format;
        IntFunction<Optional<Catalogue>> lookup = year -> catalogues.containsKey(year)
                ? Optional.of(catalogues.get(year)) : earlier.apply(year);
        catalogues.keySet().forEach(year -> generators.put(year, SampleGenerator.chain(lookup, year, seed)));
    }

    public SampleFigures figures(Territory district, int year) {
        return generators.get(year).generate(district, year);
    }

    /**
     * The request for one workbook of a district's sample year: the plan (quarter null) or a return,
     * which shows the plan beside its figures.
     */
    static TemplateRequest request(Catalogue catalogue, Territory district, Territory region, int year,
                                   Integer quarter, SampleFigures figures, Script script, WorkbookFormat format) {
        TemplateRequest blank = TemplateRequest.blank(catalogue, district, region, year, quarter, script, format,
                figures.plan());
        return quarter == null ? blank : blank.filled(figures.quarter(quarter), inScript(figures.statuses(quarter), script));
    }

    /** Writes {@code <dir>/<region folder>/<district>_<year>_plan|Q1..Q4.<ext>} and returns the paths. */
    public List<Path> writeYear(Path dir, Territory district, int year) throws IOException {
        return writeYear(dir, district, year, List.of(1, 2, 3, 4), true);
    }

    /**
     * Writes the plan and the returns of the given quarters, into {@code <dir>/<region folder>/}, or
     * straight into {@code dir} when {@code regionFolders} is false; returns the paths.
     */
    public List<Path> writeYear(Path dir, Territory district, int year, List<Integer> quarters, boolean regionFolders)
            throws IOException {
        SampleFigures figures = figures(district, year);
        Path folder = regionFolders ? dir.resolve(regionFolder(districts.regionOf(district))) : dir;
        List<Path> written = new ArrayList<>();
        List<Integer> planAndQuarters = new ArrayList<>();
        planAndQuarters.add(null);
        planAndQuarters.addAll(quarters);
        for (Integer quarter : planAndQuarters) {
            Path file = folder.resolve(TemplateFiles.fileName(district, year, quarter, format.extension()));
            writer.write(request(catalogues.get(year), district, districts.regionOf(district), year, quarter, figures,
                    script, format), file);
            written.add(file);
        }
        return written;
    }

    /** {@code 1706-buxoro-viloyati}. */
    public static String regionFolder(Territory region) {
        return region.code() + "-" + TemplateFiles.slug(region);
    }

    /** Notes are typed by the district, so a Latin-script district types them in Latin. */
    static Map<String, ReportedStatus> inScript(Map<String, ReportedStatus> statuses, Script script) {
        if (script != Script.LATN) {
            return statuses;
        }
        Map<String, ReportedStatus> latin = new LinkedHashMap<>();
        statuses.forEach((code, s) -> latin.put(code, new ReportedStatus(s.indicatorCode(), s.done(),
                s.note() == null ? null : UzbekScript.toLatin(s.note()), s.sheet(), s.cell())));
        return latin;
    }
}
