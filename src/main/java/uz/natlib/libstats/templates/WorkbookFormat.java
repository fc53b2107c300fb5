package uz.natlib.libstats.templates;

import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The two workbook formats districts use: current Excel and the legacy one older offices still save. */
public enum WorkbookFormat {
    XLSX, XLS;

    public Workbook newWorkbook() {
        if (this == XLSX) {
            return new XSSFWorkbook();
        }
        HSSFWorkbook hssf = new HSSFWorkbook();
        // Without the summary streams POI itself warns when it reads the file back.
        hssf.createInformationProperties();
        hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
        hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
        return hssf;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkbookFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
