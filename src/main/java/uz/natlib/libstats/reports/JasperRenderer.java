package uz.natlib.libstats.reports;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills a compiled design and exports it. A PDF is filled in pages; a workbook is filled once
 * more without pagination, so that its one sheet is one table with one header row to freeze,
 * not a pile of printed pages.
 */
@Component
class JasperRenderer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JasperRenderer.class);

    private final ReportDesigns designs;

    JasperRenderer(ReportDesigns designs) {
        this.designs = designs;
    }

    void pdf(JasperInput input, OutputStream out) throws JRException {
        long start = System.nanoTime();
        JasperPrint print = fill(input, false);
        long filled = System.nanoTime();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        log.debug("{} pdf: fill {} ms, {} pages, export {} ms", input.design(), (filled - start) / 1_000_000,
                print.getPages().size(), (System.nanoTime() - filled) / 1_000_000);
    }

    void xlsx(JasperInput input, String sheetName, OutputStream out) throws JRException {
        long start = System.nanoTime();
        // Charts stay in the PDF: in a sheet they would sit in the frozen rows above the table.
        Map<String, Object> tableOnly = new HashMap<>(input.parameters());
        tableOnly.keySet().removeIf(name -> name.startsWith("CHART_"));
        JasperInput table = WorkbookText.neutralised(new JasperInput(input.design(), tableOnly, input.rows()));
        JasperPrint print = fill(table, true);
        long filled = System.nanoTime();
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        // Kept: removing empty rows shifts the rows under the frozen header (JasperReports 7.0.6 freezes
        // at the row the header had before the removal).
        configuration.setRemoveEmptySpaceBetweenRows(false);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(new String[] {sheetName(sheetName)});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        log.debug("{} xlsx: fill {} ms, export {} ms", input.design(), (filled - start) / 1_000_000,
                (System.nanoTime() - filled) / 1_000_000);
    }

    private JasperPrint fill(JasperInput input, boolean unpaginated) throws JRException {
        Map<String, Object> parameters = new HashMap<>(input.parameters());
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, unpaginated);
        // A parent's subreport finds its compiled design here, by name.
        parameters.put("DESIGNS", designs.all());
        return JasperFillManager.fillReport(designs.get(input.design(), input.columnCount(), unpaginated), parameters,
                input.dataSource());
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
