package uz.natlib.libstats.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FloorTableTest {

    // 2 000 files read in 0.5 s: 4 000 files/s. 500 000 rows loaded in 0.5 s: 1 000 000 rows/s, at
    // 250 rows a file 4 000 files/s. Read then load: 0.25 ms + 0.25 ms a file, 2 000 files/s.
    private static final FloorTable.Read READ = new FloorTable.Read(2_000, 6_000, 2, 0.5);
    private static final FloorTable.Load LOAD = new FloorTable.Load(500_000, 0.5);

    @Test
    void givenReadAndLoadFloors_whenCombined_thenTheirTimesPerFileAddUp() {
        assertThat(FloorTable.combined(4_000, 4_000)).isCloseTo(2_000, within(1e-9));
        // 1/3000 + 1/6000 = 3/6000 s a file
        assertThat(FloorTable.combined(3_000, 6_000)).isCloseTo(2_000, within(1e-9));
        // a free load leaves the read floor alone
        assertThat(FloorTable.combined(4_000, Double.POSITIVE_INFINITY)).isEqualTo(4_000);
    }

    @Test
    void givenAnIngestAndItsFloors_whenCompared_thenLoadIsCountedInTheRunsFilesAndTheRatioIsAShareOfTheCombinedFloor() {
        FloorTable.Ingest ingest = new FloorTable.Ingest("ingest, 2 000 returns", 2_000, 1.6, READ, LOAD);

        assertThat(ingest.filesPerSecond()).isCloseTo(1_250, within(1e-9));
        assertThat(ingest.valuesPerFile()).isCloseTo(250, within(1e-9));
        assertThat(ingest.loadFilesPerSecond()).isCloseTo(4_000, within(1e-9));
        assertThat(ingest.combinedFloor()).isCloseTo(2_000, within(1e-9));
        assertThat(ingest.ratio()).isCloseTo(0.625, within(1e-9));
        assertThat(ingest.met()).isTrue();
    }

    @Test
    void givenAnIngestBelowHalfItsFloor_whenCompared_thenTheTargetIsNotMet() {
        // 800 files/s of a 2 000 files/s floor
        FloorTable.Ingest ingest = new FloorTable.Ingest("ingest", 2_000, 2.5, READ, LOAD);

        assertThat(ingest.ratio()).isCloseTo(0.4, within(1e-9));
        assertThat(ingest.met()).isFalse();
    }

    @Test
    void givenAConsolidationAndItsFloor_whenCompared_thenTheRatioIsTimesTheFloorAndThreeIsTheMost() {
        FloorTable.Consolidation fast = new FloorTable.Consolidation("consolidate", 1.2, 205_000, 0.5);
        FloorTable.Consolidation slow = new FloorTable.Consolidation("consolidate", 2.0, 205_000, 0.5);

        assertThat(fast.ratio()).isCloseTo(2.4, within(1e-9));
        assertThat(fast.met()).isTrue();
        assertThat(slow.ratio()).isCloseTo(4.0, within(1e-9));
        assertThat(slow.met()).isFalse();
    }

    @Test
    void givenBothStages_whenRendered_thenOneMarkdownTableWithFloorsRatiosTargetsAndVerdicts() {
        String markdown = new FloorTable()
                .ingest(new FloorTable.Ingest("ingest, 2 000 returns", 2_000, 1.6, READ, LOAD))
                .consolidation(new FloorTable.Consolidation("consolidate 2021 Q4", 2.0, 205_318, 0.5))
                .markdown();

        assertThat(markdown.lines()).containsExactly(
                "| what | measured | ratio | target | met |",
                "|---|---:|---:|---|---|",
                "| read floor: unzip and scan every worksheet and shared-strings part of the same 2 000 files"
                        + " (6 000 parts), 2 threads | 4 000 files/s |  |  |  |",
                "| load floor: one COPY of the 500 000 rows the ingest stored into an unlogged table of data_value's"
                        + " shape | 1 000 000 rows/s = 4 000 files/s at 250.0 values a file |  |  |  |",
                "| combined floor: 1 / (1/read + 1/load) | 2 000 files/s |  |  |  |",
                "| **ingest, 2 000 returns** | **1 250 files/s** | **62.5 %** of the combined floor | ≥ 50 % | yes |",
                "| consolidation floor: one GROUP BY of the 205 318 figures it reads into an unlogged table"
                        + " | 0.50 s |  |  |  |",
                "| **consolidate 2021 Q4** | **2.00 s** | **4.0 ×** its floor | ≤ 3 × | **no** |");
    }

    @Test
    void givenLargeAndFractionalNumbers_whenGrouped_thenRoundedWithASpaceBetweenThousands() {
        assertThat(FloorTable.grouped(1_234_567.5)).isEqualTo("1 234 568");
        assertThat(FloorTable.grouped(999.4)).isEqualTo("999");
    }
}
