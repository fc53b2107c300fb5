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

    private final ReportDesigns designs;

    JasperRenderer(ReportDesigns designs) {
        this.designs = designs;
    }

    void pdf(JasperInput input, OutputStream out) throws JRException {
        JasperPrint print = fill(input, false);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    void xlsx(JasperInput input, String sheetName, OutputStream out) throws JRException {
        JasperPrint print = fill(input, true);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(new String[] {sheetName(sheetName)});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private JasperPrint fill(JasperInput input, boolean unpaginated) throws JRException {
        Map<String, Object> parameters = new HashMap<>(input.parameters());
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, unpaginated);
        return JasperFillManager.fillReport(designs.get(input.design()), parameters, input.dataSource());
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
