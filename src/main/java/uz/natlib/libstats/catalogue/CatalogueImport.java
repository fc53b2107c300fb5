package uz.natlib.libstats.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.vocabulary.Message;

/**
 * Imports a year's indicator table: read, checked as a whole, and stored as that year's version
 * in one transaction, or refused with every problem listed. A table that figures were stored
 * against is never replaced: the figures would silently change meaning.
 */
@Service
public class CatalogueImport {

    /** The reporting years the warehouse has periods for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public enum Result { IMPORTED, REPLACED, ALREADY_THERE, REFUSED }

    public record Outcome(int year, Result result, int rows, List<TableFinding> findings) {

        public boolean stored() {
            return result == Result.IMPORTED || result == Result.REPLACED;
        }
    }

    private final CatalogueRepository catalogues;
    private final ReadingLimits limits;
    private final TransactionTemplate transaction;

    CatalogueImport(CatalogueRepository catalogues, ReadingLimits limits, PlatformTransactionManager transactions) {
        this.catalogues = catalogues;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports, or replaces a year's table that no figure was stored against yet. */
    public Outcome importTable(int year, String fileName, byte[] bytes, String importedBy) {
        return importTable(year, fileName, bytes, importedBy, false);
    }

    /** Imports only if the year has no table yet (a table shipped with the application). */
    public Outcome importIfAbsent(int year, String fileName, byte[] bytes, String importedBy) {
        return importTable(year, fileName, bytes, importedBy, true);
    }

    private Outcome importTable(int year, String fileName, byte[] bytes, String importedBy, boolean onlyIfAbsent) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return refused(year, List.of(new TableFinding(0, "", Message.of(
                    "Йил " + FIRST_YEAR + "–" + LAST_YEAR + " оралиғида бўлади, " + year + " эмас.",
                    "The year lies within " + FIRST_YEAR + "-" + LAST_YEAR + ", not " + year + "."))));
        }
        return transaction.execute(status -> {
            catalogues.lockYear(year);
            boolean existed = catalogues.importedBy(year).isPresent();
            if (existed && onlyIfAbsent) {
                return new Outcome(year, Result.ALREADY_THERE, 0, List.of());
            }
            List<TableFinding> findings = new ArrayList<>();
            int against = catalogues.submissionsAgainst(year);
            if (against > 0) {
                findings.add(new TableFinding(0, "", Message.of(
                        year + " йил жадвали алмаштирилмайди: унга кўра " + against + " та ҳисобот ва режа қабул"
                                + " қилинган, уларнинг рақамлари шу жадвал қаторларига боғлиқ. Жадвал хато бўлса,"
                                + " Миллий кутубхона билан келишиб, кейинги йил жадвалида тузатинг.",
                        "The " + year + " table cannot be replaced: " + against + " returns and plans were accepted"
                                + " against it, and their figures belong to its rows. If the table is wrong, agree a"
                                + " correction with the National Library for the next year's table.")));
            }
            CatalogueTableCheck.Result checked = CatalogueTableCheck.check(year, "import: " + fileName,
                    TableLines.read(fileName, bytes, limits), known(year), catalogues.measures());
            findings.addAll(checked.findings());
            if (!findings.isEmpty()) {
                return refused(year, findings);
            }
            Catalogue catalogue = checked.catalogue().orElseThrow();
            catalogues.replace(catalogue, importedBy);
            return new Outcome(year, existed ? Result.REPLACED : Result.IMPORTED, catalogue.indicators().size(),
                    List.of());
        });
    }

    private CatalogueTableCheck.Known known(int year) {
        Set<String> measureKeys = new HashSet<>();
        catalogues.measures().forEach(m -> measureKeys.add(m.key()));
        Optional<Map<String, Indicator>> previous = catalogues.find(year - 1).map(c -> {
            Map<String, Indicator> byCode = new LinkedHashMap<>();
            c.indicators().forEach(i -> byCode.put(i.code(), i));
            return byCode;
        });
        return new CatalogueTableCheck.Known(measureKeys, catalogues.knownSections(year), previous);
    }

    private static Outcome refused(int year, List<TableFinding> findings) {
        return new Outcome(year, Result.REFUSED, 0, List.copyOf(findings));
    }
}
