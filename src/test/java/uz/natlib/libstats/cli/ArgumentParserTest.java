package uz.natlib.libstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private final CommandSpec reports = new CommandSpec("reports", "Render reports.", null, List.of(
            OptionSpec.value("year", "YEAR", "year", OptionSpec.integerBetween(2000, 2100)),
            OptionSpec.value("script", "S", "script", OptionSpec.oneOf("cyrl", "latn")),
            OptionSpec.flag("force", "redo"),
            OptionSpec.required("region", "CODE", "region", v -> null)), "DIR");
    private final ArgumentParser parser = new ArgumentParser(List.of(reports));

    @Test
    void givenValidArguments_whenParsed_thenOptionsFlagsAndPositionalAreKept() {
        Invocation inv = parser.parse("reports", "--year", "2021", "--script=latn", "--force", "in", "--region", "1706");
        assertThat(inv.intOption("year")).contains(2021);
        assertThat(inv.option("script")).contains("latn");
        assertThat(inv.flag("force")).isTrue();
        assertThat(inv.positional()).contains("in");
        assertThat(inv.help()).isFalse();
    }

    @Test
    void givenHelp_whenParsed_thenHelpIsAskedAndTheTextNamesEveryOption() {
        Invocation inv = parser.parse("reports", "--help");
        assertThat(inv.help()).isTrue();
        assertThat(inv.command().help()).contains("--year YEAR", "--script S", "--force", "[DIR]", "Exit status");
    }

    @Nested
    class Rejected {

        @Test
        void givenAnUnknownCommand_thenTheMessageListsTheCommands() {
            assertThatThrownBy(() -> parser.parse("nope")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("unknown command 'nope'").hasMessageContaining("reports");
        }

        @Test
        void givenAYearOutOfRange_thenTheMessageSaysTheRange() {
            assertThatThrownBy(() -> parser.parse("reports", "--year", "21", "--region", "1")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("between 2000 and 2100");
        }

        @Test
        void givenAYearThatIsNotANumber_thenTheMessageSaysSo() {
            assertThatThrownBy(() -> parser.parse("reports", "--year", "abc")).hasMessageContaining("whole number");
        }

        @Test
        void givenAMissingValue_thenTheMessageNamesTheOption() {
            assertThatThrownBy(() -> parser.parse("reports", "--year")).hasMessageContaining("--year needs a value");
        }

        @Test
        void givenARequiredOptionMissing_thenTheMessageNamesIt() {
            assertThatThrownBy(() -> parser.parse("reports", "--year", "2021"))
                    .hasMessageContaining("--region CODE is required");
        }

        @Test
        void givenAnUnknownOption_thenRejected() {
            assertThatThrownBy(() -> parser.parse("reports", "--colour", "red")).hasMessageContaining("unknown option");
        }

        @Test
        void givenTwoPositionals_thenRejected() {
            assertThatThrownBy(() -> parser.parse("reports", "a", "b")).hasMessageContaining("unexpected argument 'b'");
        }

        @Test
        void givenAValueOutsideTheChoices_thenTheChoicesAreListed() {
            assertThatThrownBy(() -> parser.parse("reports", "--script", "arab")).hasMessageContaining("cyrl, latn");
        }
    }
}
