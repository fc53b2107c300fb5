package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * One period rule in the long CSV for every quarter: the period is the quarter a row runs to,
 * the span says whether the row is that quarter alone or the year up to it; quarter IV's year to
 * date (the whole year) is no exception.
 */
class FigureCsvPeriodTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void givenAQuartersTwoSpans_whenWritten_thenBothAreLabelledWithTheQuarterAndTheSpanSaysWhichIsWhich(int quarter)
            throws IOException {
        StringBuilder out = new StringBuilder();
        FigureCsv.longForm(List.of(figure(quarter, "quarter", 10), figure(quarter, "ytd", 25)), Script.LATN, out);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();

        assertThat(rows).extracting(r -> r.get("period")).containsExactly("2021Q" + quarter, "2021Q" + quarter);
        assertThat(rows).extracting(r -> r.get("span")).containsExactly("quarter", "year-to-date");
        assertThat(rows).extracting(r -> r.get("value")).containsExactly("10", "25");
    }

    private static ConsolidatedFigure figure(int quarter, String span, int value) {
        return new ConsolidatedFigure("1706", "Бухоро вилояти", "Buxoro viloyati", "region", 0, 2021, quarter, span, 1, "5.1",
                "5.1", "V", "Хизмат", "Xizmat", "Ташрифлар", "Tashriflar", null, 0, "visits", "ташриф", "tashrif",
                false, BigDecimal.valueOf(value), 13, 13, null, null, 0, null, null, 0, 0, false);
    }
}
