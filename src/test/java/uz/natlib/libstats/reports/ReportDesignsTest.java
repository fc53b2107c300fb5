package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.util.JRVisitorSupport;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRElementsVisitor;

/** The designs of reports/ compile, and every text in them is set in DejaVu Sans. */
class ReportDesignsTest {

    private static final ReportDesigns DESIGNS = new ReportDesigns();

    @Test
    void givenTheDesignFolder_whenCompiledAtStart_thenEveryDesignIsThere() {
        assertThat(DESIGNS.all()).containsOnlyKeys(ReportDesigns.NAMES);
    }

    @Test
    void givenEveryDesign_whenItsTextsAreVisited_thenAllAreDejaVuSans() {
        for (JasperReport report : DESIGNS.all().values()) {
            List<String> fonts = new ArrayList<>();
            JRElementsVisitor.visitReport(report, new JRVisitorSupport() {
                @Override
                public void visitTextField(JRTextField textField) {
                    fonts.add(textField.getFontName());
                }

                @Override
                public void visitStaticText(JRStaticText staticText) {
                    fonts.add(staticText.getFontName());
                }
            });
            // Any other font silently drops Uzbek Cyrillic letters from the PDF.
            assertThat(fonts).as(report.getName()).isNotEmpty().containsOnly("DejaVu Sans");
            if (report.getName().equals(ReportDesigns.REGION_QUARTER)) {
                // the crosstab's headers and cells were visited too, not only the bands
                assertThat(fonts).hasSizeGreaterThan(20);
            }
        }
    }

    @Test
    void givenASheetName_whenTooLongOrWithForbiddenCharacters_thenExcelAcceptsIt() {
        assertThat(JasperRenderer.sheetName("region-quarter 1706")).isEqualTo("region-quarter 1706");
        assertThat(JasperRenderer.sheetName("a/b:c*d?e[f]g\\h-0123456789012345678901234567890"))
                .hasSize(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
    }
}
