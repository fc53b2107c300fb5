package uz.natlib.libstats.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
 * in the jar and compiled once when the application starts: compiling takes far longer than
 * filling, and a design with a mistake should stop the start, not a report run hours later.
 */
@Component
public class ReportDesigns {

    private static final Logger log = LoggerFactory.getLogger(ReportDesigns.class);

    static final String QUARTER = "consolidation-quarter";
    static final String YEAR = "consolidation-year";
    static final String COMPLETENESS = "completeness";
    static final String DISTRICT_PROFILE = "district-profile";
    static final List<String> NAMES = List.of(QUARTER, YEAR, COMPLETENESS, DISTRICT_PROFILE);

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    ReportDesigns() {
        long start = System.nanoTime();
        // Two at a time: the compiler is single-threaded per design and the machines have two cores.
        NAMES.parallelStream().forEach(name -> compiled.put(name, compile(name)));
        log.info("Compiled {} report designs in {} ms", compiled.size(), (System.nanoTime() - start) / 1_000_000);
    }

    public JasperReport get(String name) {
        JasperReport report = compiled.get(name);
        if (report == null) {
            throw new IllegalArgumentException("no report design " + name);
        }
        return report;
    }

    public Map<String, JasperReport> all() {
        return Map.copyOf(compiled);
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
