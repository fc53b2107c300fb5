package uz.natlib.libstats.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadmeSectionTest {

    private static final String README = """
            # Title
            before
            <!-- benchmark:ingest:begin -->
            | old | table |
            <!-- benchmark:ingest:end -->
            after
            """;

    @Test
    void givenAMarkedSection_whenReplaced_thenOnlyItsContentChanges() {
        String replaced = ReadmeSection.replace(README, "ingest", "| new | table |\n| 1 | 2 |");

        assertThat(replaced).isEqualTo("""
                # Title
                before
                <!-- benchmark:ingest:begin -->
                | new | table |
                | 1 | 2 |
                <!-- benchmark:ingest:end -->
                after
                """);
        assertThat(ReadmeSection.replace(replaced, "ingest", "| new | table |\n| 1 | 2 |")).isEqualTo(replaced);
    }

    @Test
    void givenNoSuchSection_whenReplaced_thenItSaysWhichMarkersAreMissing() {
        assertThatThrownBy(() -> ReadmeSection.replace(README, "national-quarter", "x"))
                .hasMessageContaining("<!-- benchmark:national-quarter:begin -->");
    }
}
