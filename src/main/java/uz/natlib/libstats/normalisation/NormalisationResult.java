package uz.natlib.libstats.normalisation;
// STUB until the rules branch is merged
import java.util.List;
import uz.natlib.libstats.validation.Finding;
public record NormalisationResult(List<ReportedValue> values, List<ReportedStatus> statuses, List<Finding> findings) {}
