package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ReportedValue;

class CheckedFiguresTest {

    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path home;

    private final List<ReportedValue> values = List.of(
            new ReportedValue("2.1", "records", new BigDecimal("1250"), "Ҳисобот", "D14", "1 250"),
            new ReportedValue("5.21", "copies", new BigDecimal("0.500"), "Ҳисобот", "E40", null));
    private final List<ReportedStatus> statuses = List.of(
            new ReportedStatus("10.1", true, "«много» сделано", "Ҳисобот", "D90"),
            new ReportedStatus("10.2", null, null, "Ҳисобот", "D91"),
            new ReportedStatus("10.3", false, "", "Ҳисобот", "D92"));

    @Test
    void givenFiguresKept_whenFound_thenTheyAreTheSameFiguresWithEveryCellAndText() {
        CheckedFigures figures = new CheckedFigures(new LibstatsProperties(home));
        figures.keep(SHA, values, statuses);

        CheckedFigures.Figures found = figures.find(SHA).orElseThrow();

        assertThat(found.values()).isEqualTo(values);
        assertThat(found.values().get(1).value()).hasToString("0.500");
        assertThat(found.statuses()).isEqualTo(statuses);
    }

    @Test
    void givenAnEntryCutShortOrAForeignName_whenFound_thenNothingIsFoundAndTheReviewReadsTheFileAgain() throws Exception {
        CheckedFigures figures = new CheckedFigures(new LibstatsProperties(home));
        figures.keep(SHA, values, statuses);
        Path entry = home.resolve("cache/checked-figures").resolve(SHA);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 3));

        assertThat(figures.find(SHA)).isEmpty();
        assertThat(figures.find("../../etc/passwd")).isEmpty();
        figures.keep("../escape", values, statuses);
        assertThat(home.resolve("cache/escape")).doesNotExist();
    }

    @Test
    void givenEntries_whenCleared_thenNoneIsFound() {
        CheckedFigures figures = new CheckedFigures(new LibstatsProperties(home));
        figures.keep(SHA, values, statuses);

        figures.clear();

        assertThat(figures.find(SHA)).isEmpty();
    }
}
