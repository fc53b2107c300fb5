package uz.natlib.libstats.normalisation;

import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueIndex;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * From what the cells said to what they mean, against the year's catalogue. Rule names of its
 * findings: {@code UnknownIndicator}, {@code UnknownMeasure}, {@code ForeignTemplate},
 * {@code DuplicateValue}, {@code NotANumber} (errors), {@code NotADoneAnswer}, {@code RowWithoutPlan}
 * (plans only; warnings) and {@code Normalised} (info). Blank cells produce nothing: not reported is never zero.
 */
@Component
public class ReturnNormaliser {

    /** The index of the catalogue last asked for: every file of a run uses the same catalogue object. */
    private record Indexed(Catalogue catalogue, CatalogueIndex index) {
    }

    private volatile Indexed last;

    /** A quarterly return: every row's figures are kept. */
    public NormalisationResult normalise(RawReturn raw, Catalogue catalogue) {
        return normalise(raw, catalogue, SubmissionKind.RETURN);
    }

    /** A return or a plan: a plan keeps figures of the plan-bearing rows only ({@link RowsWithoutPlan}). */
    public NormalisationResult normalise(RawReturn raw, Catalogue catalogue, SubmissionKind kind) {
        FileContext file = new FileContext(index(catalogue));
        List<ReportedValue> values = new ValueNormaliser(file).normalise(raw.values());
        if (kind == SubmissionKind.PLAN) {
            values = RowsWithoutPlan.keepPlanned(values, file);
        }
        List<ReportedStatus> statuses = new StatusNormaliser(file).normalise(raw.statuses());
        return new NormalisationResult(values, statuses, file.findings());
    }

    private CatalogueIndex index(Catalogue catalogue) {
        Indexed known = last;
        if (known != null && known.catalogue() == catalogue) {
            return known.index();
        }
        CatalogueIndex index = CatalogueIndex.of(catalogue);
        last = new Indexed(catalogue, index);
        return index;
    }
}
