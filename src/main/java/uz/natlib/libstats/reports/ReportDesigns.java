package uz.natlib.libstats.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The JRXML designs of the top-level folder {@code reports/}, packaged under {@code reports/}
 * in the jar and compiled once when the application starts, because compiling takes far longer
 * than filling. Compiled on a background thread, beside the rest of the start-up (the machines
 * have two cores and the start is mostly one thread), so that commands which render nothing do
 * not wait for it; the first report waits if it comes before the designs are ready.
 */
@Component
public class ReportDesigns {

    private static final Logger log = LoggerFactory.getLogger(ReportDesigns.class);

    // A design is named by the code of the report type it draws, so that reports/<code>.jrxml is
    // found from a report file's name. nation-quarter has no design of its own: it is
    // region-quarter's, the nation's regions in the columns where a region has its districts.
    static final String REGION_QUARTER = ReportType.REGION_QUARTER.code();
    static final String NATION_YEAR = ReportType.NATION_YEAR.code();
    static final String COMPLETENESS = ReportType.COMPLETENESS.code();
    static final String DISTRICT_PROFILE = ReportType.DISTRICT_PROFILE.code();
    // Not a ReportType: a time series is made on request for a range of years and is not catalogued.
    static final String TIME_SERIES = TimeSeriesReport.DESIGN;
    // Subreports, compiled like the others and passed to a fill in parameter DESIGNS.
    static final String QUALITATIVE_COUNTS = QualitativeSection.COUNTS;
    static final String QUALITATIVE_ANSWERS = QualitativeSection.ANSWERS;
    static final List<String> NAMES = List.of(REGION_QUARTER, NATION_YEAR, COMPLETENESS, DISTRICT_PROFILE,
            TIME_SERIES, QUALITATIVE_COUNTS, QUALITATIVE_ANSWERS);

    private final CompletableFuture<Map<String, JasperReport>> compiled;

    ReportDesigns() {
        compiled = CompletableFuture.supplyAsync(ReportDesigns::compileAll, ReportDesigns::daemon);
    }

    private static Map<String, JasperReport> compileAll() {
        long start = System.nanoTime();
        Map<String, JasperReport> reports = new ConcurrentHashMap<>();
        NAMES.forEach(name -> reports.put(name, compile(name)));
        // debug: it is written from a background thread, into whatever a command is printing at the time
        log.debug("Compiled {} report designs in {} ms", reports.size(), (System.nanoTime() - start) / 1_000_000);
        return Map.copyOf(reports);
    }

    static void daemon(Runnable work) {
        Thread thread = new Thread(work, "report-designs");
        thread.setDaemon(true);
        thread.start();
    }

    private final Map<String, JasperReport> fitted = new ConcurrentHashMap<>();

    /**
     * The design with its crosstabs' columns balanced over its pages for this many columns (see
     * {@link CrosstabWidths}), compiled once per number of columns and kept. Unpaginated fills (the
     * completeness workbook; the figure reports' workbooks are not Jasper's) take the design as it is.
     */
    JasperReport get(String name, int columns, boolean unpaginated) {
        JasperReport plain = get(name);
        if (unpaginated || columns <= 0 || !name.equals(REGION_QUARTER) && !name.equals(NATION_YEAR)) {
            return plain;
        }
        return fitted.computeIfAbsent(name + "/" + columns, key -> {
            try (InputStream in = new ClassPathResource("reports/" + name + ".jrxml").getInputStream()) {
                net.sf.jasperreports.engine.design.JasperDesign design = net.sf.jasperreports.engine.xml.JRXmlLoader.load(in);
                for (var crosstab : CrosstabWidths.crosstabs(design)) {
                    CrosstabWidths.apply(crosstab, CrosstabWidths.balanced(crosstab.getWidth(),
                            CrosstabWidths.rowHeaderWidth(crosstab), CrosstabWidths.cellWidth(crosstab), columns));
                }
                return JasperCompileManager.compileReport(design);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read report design " + name, e);
            } catch (JRException e) {
                throw new IllegalStateException("report design " + name + " does not fit " + columns + " columns: "
                        + e.getMessage(), e);
            }
        });
    }

    public JasperReport get(String name) {
        JasperReport report = all().get(name);
        if (report == null) {
            throw new IllegalArgumentException("no report design " + name);
        }
        return report;
    }

    /** Every compiled design, waiting for the compilation if it is still running. */
    public Map<String, JasperReport> all() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    CompletableFuture<Map<String, JasperReport>> ready() {
        return compiled;
    }

    private static JasperReport compile(String name) {
        try (InputStream in = new ClassPathResource("reports/" + name + ".jrxml").getInputStream()) {
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report design " + name, e);
        } catch (JRException e) {
            throw new IllegalStateException("report design " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
