package uz.natlib.libstats.reports;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.Completeness;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.DistrictSubmission;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The completeness report as CSV: the districts of each region (and the nation), counted once
 * each, expected = accepted + only_rejected + nothing_received, and accepted = on_time + late; then
 * one row per district with its standing (status accepted, only_rejected or nothing_received);
 * received_at is ISO 8601 in Tashkent time.
 */
final class CompletenessCsv {

    static final String[] HEADER = {"territory_code", "territory_name", "level", "parent_code", "period", "due_date",
            "expected", "accepted", "only_rejected", "nothing_received", "on_time", "late", "status", "received_at",
            "warnings", "errors", "files"};

    private CompletenessCsv() {
    }

    static void write(String period, List<Completeness> counts, List<DistrictSubmission> districts, Script script,
                      Appendable out) throws IOException {
        // Flushed, not closed: the stream belongs to the archive, which syncs and closes it.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        for (Completeness c : counts) {
            boolean nation = c.territoryCode().equals(Territory.NATION);
            csv.printRecord(text(c.territoryCode()), text(script.pick(c.nameCyrl(), c.nameLatn())), nation ? "nation" : "region",
                    nation ? "" : Territory.NATION, period, c.dueDate(),
                    c.expected(), c.accepted(), c.onlyRejected(), c.nothingReceived(), c.onTime(), c.late(),
                    "", "", "", "", "");
        }
        for (DistrictSubmission d : districts) {
            csv.printRecord(text(d.districtCode()), text(script.pick(d.nameCyrl(), d.nameLatn())), "district",
                    text(d.regionCode()), period, "", "", "", "", "", "", "", text(d.status()),
                    d.receivedAt() == null ? "" : d.receivedAt().atZoneSameInstant(ReportContext.TASHKENT)
                            .toOffsetDateTime().toString(),
                    d.warnings(), d.errors(), d.files());
        }
        csv.flush();
    }

    /**
     * Names and codes come from the registry, not from a sender, but a CSV is opened in a
     * spreadsheet, so none of them may start a formula there (OWASP's rule).
     */
    private static String text(String value) {
        return SpreadsheetText.neutralised(value);
    }
}
