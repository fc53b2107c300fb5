package uz.natlib.libstats.normalisation;
// STUB until the rules branch is merged
import java.util.*;
import uz.natlib.libstats.catalogue.*;
import uz.natlib.libstats.reading.*;
@org.springframework.stereotype.Component
public class ReturnNormaliser {
  public NormalisationResult normalise(RawReturn raw, Catalogue catalogue) {
    List<ReportedValue> values = new ArrayList<>();
    for (RawValue v : raw.values()) {
      Indicator ind = catalogue.indicators().stream().filter(i -> i.code().equals(v.indicatorCode())).findFirst().orElse(null);
      if (ind == null || v.slot() < 1 || v.slot() > ind.measures().size()) continue;
      try { values.add(new ReportedValue(v.indicatorCode(), ind.measures().get(v.slot()-1), new java.math.BigDecimal(v.cell().text().strip()), v.cell().sheet(), v.cell().cell(), v.cell().text())); } catch (NumberFormatException e) {}
    }
    return new NormalisationResult(values, List.of(), List.of());
  }
}
