package uz.natlib.libstats.templates;

import java.math.BigDecimal;
import java.util.Map;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * What one workbook is for and what it already holds.
 *
 * @param quarter  1-4 for a quarterly return, {@code null} for the annual plan
 * @param script   the script of labels and names
 * @param plan     the district's plan figures: a return shows them beside the inputs, a plan holds them
 *                 in its value cells
 * @param values   figures to put in a return's value cells (samples); empty for a blank template
 * @param statuses done / not done and notes by indicator code (samples); empty for a blank template
 */
public record TemplateRequest(Catalogue catalogue, Territory district, Territory region, int year, Integer quarter,
                              Script script, WorkbookFormat format, Map<ValueKey, BigDecimal> plan,
                              Map<ValueKey, BigDecimal> values, Map<String, ReportedStatus> statuses) {

    public TemplateRequest {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1-4 or null, not " + quarter);
        }
        if (script == null) {
            throw new IllegalArgumentException("script must be given");
        }
        plan = Map.copyOf(plan);
        values = Map.copyOf(values);
        statuses = Map.copyOf(statuses);
    }

    /** An empty workbook for a district to fill in. */
    public static TemplateRequest blank(Catalogue catalogue, Territory district, Territory region, int year,
                                        Integer quarter, Script script, WorkbookFormat format,
                                        Map<ValueKey, BigDecimal> plan) {
        return new TemplateRequest(catalogue, district, region, year, quarter, script, format, plan, Map.of(),
                Map.of());
    }

    public TemplateRequest filled(Map<ValueKey, BigDecimal> newValues, Map<String, ReportedStatus> newStatuses) {
        return new TemplateRequest(catalogue, district, region, year, quarter, script, format, plan, newValues,
                newStatuses);
    }

    public SubmissionKind kind() {
        return quarter == null ? SubmissionKind.PLAN : SubmissionKind.RETURN;
    }

    /** The figures that go into the value cells: a plan's own figures, or a return's reported ones. */
    public Map<ValueKey, BigDecimal> inputFigures() {
        return kind() == SubmissionKind.PLAN ? plan : values;
    }
}
