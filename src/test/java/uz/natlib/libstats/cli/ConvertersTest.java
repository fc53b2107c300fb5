package uz.natlib.libstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;
import uz.natlib.libstats.pipeline.RunCommand;
import uz.natlib.libstats.reports.ReportCommand;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.templates.TemplatesCommand;
import uz.natlib.libstats.tools.samples.SamplesCommand;
import uz.natlib.libstats.catalogue.CatalogueYearConverter;
import uz.natlib.libstats.territory.TerritoryConverters;
import uz.natlib.libstats.reports.Formats;

class ConvertersTest {

    private static Object option(Class<?> command, String option, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.parseArgs(args);
        return commandLine.getCommandSpec().findOption(option).getValue();
    }

    @Test
    void givenEveryCommandWithAScript_whenBothIsAsked_thenBothScriptsWhicheverWayItIsWritten() {
        for (Class<?> command : List.of(RunCommand.Arguments.class, ReportCommand.Arguments.class,
                TemplatesCommand.Arguments.class, SamplesCommand.Arguments.class)) {
            List<String> out = command == RunCommand.Arguments.class ? List.of()
                    : command == ReportCommand.Arguments.class ? List.of("--year", "2021") : List.of("--year", "2021",
                    "--out", "target");
            if (command == SamplesCommand.Arguments.class) {
                out = List.of("--out", "target");
            }
            for (String both : List.of("both", "cyrl,latn", "latn,cyrl")) {
                String[] args = java.util.stream.Stream.concat(out.stream(), java.util.stream.Stream.of("--script", both))
                        .toArray(String[]::new);
                assertThat(option(command, "--script", args)).as(command.getName() + " " + both).isEqualTo(Scripts.BOTH);
            }
            String[] latn = java.util.stream.Stream.concat(out.stream(), java.util.stream.Stream.of("--script", "latn"))
                    .toArray(String[]::new);
            assertThat(option(command, "--script", latn)).isEqualTo(Scripts.LATN);
        }
    }

    @Test
    void givenScripts_whenWrittenAsAJobParameter_thenTheReportJobsSpelling() {
        assertThat(Scripts.BOTH.codes()).isEqualTo("cyrl,latn");
        assertThat(Scripts.parse("cyrl").set()).containsExactly(Script.CYRL);
        assertThat(Scripts.BOTH.both()).isTrue();
        assertThatThrownBy(() -> Scripts.parse("cyrl,arab")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void givenFormats_whenParsed_thenCsvBringsSdmxAndTheJobParameterRoundTrips() {
        Formats formats = Formats.parse("pdf,csv");
        assertThat(formats.set()).isEqualTo(EnumSet.of(ReportFormat.PDF, ReportFormat.CSV, ReportFormat.SDMX));
        assertThat(formats.codes()).isEqualTo("pdf,csv");
        assertThat(ReportFormat.parse(Formats.ALL.codes())).isEqualTo(Formats.ALL.set());
        assertThatThrownBy(() -> Formats.parse("sdmx")).hasMessageContaining("pdf, xlsx, csv");
    }

    @Test
    void givenNumbers_whenOutOfRangeOrNotNumbers_thenTheMessageSaysWhy() {
        assertThat(new Converters.Quarter().convert(" 4")).isEqualTo(4);
        assertThatThrownBy(() -> new Converters.Year().convert("1999")).hasMessage("must be between 2000 and 2100, not 1999");
        assertThatThrownBy(() -> new Converters.Year().convert("2O21")).hasMessage("must be a whole number, not '2O21'");
    }

    @Test
    void givenTerritoryCodes_whenChecked_thenOnlyRegionsAndDistrictsOfTheRegister() {
        assertThat(new TerritoryConverters.Region().convert("1706")).isEqualTo("1706");
        assertThatThrownBy(() -> new TerritoryConverters.Region().convert("1706246")).hasMessageContaining("four-digit");
        assertThatThrownBy(() -> new TerritoryConverters.Region().convert("1799")).hasMessageContaining("no region 1799");
        assertThat(new TerritoryConverters.District().convert("1706246")).isEqualTo("1706246");
        assertThatThrownBy(() -> new TerritoryConverters.District().convert("1706200")).hasMessageContaining("no district");
        assertThat(new TerritoryConverters.RegionList().convert("1706,1718")).isEqualTo("1706,1718");
        assertThat(new TerritoryConverters.RegionList().convert("all")).isEqualTo("all");
    }

    @Test
    void givenAnOutputFolder_whenItsParentIsMissing_thenRejectedElseAccepted(@TempDir Path tmp) {
        Converters.OutputFolder out = new Converters.OutputFolder();
        assertThat(out.convert(tmp.resolve("new").toString())).isEqualTo(tmp.resolve("new"));
        assertThat(out.convert(tmp.toString())).isEqualTo(tmp);
        assertThat(out.convert("relative-folder")).isEqualTo(Path.of("relative-folder"));
        assertThatThrownBy(() -> out.convert(tmp.resolve("a/b").toString())).hasMessageContaining("no such folder");
    }

    @Test
    void givenCatalogueYears_whenChecked_thenOnlyYearsWithACatalogueResource() {
        assertThat(new CatalogueYearConverter().convert("2021")).isEqualTo(2021);
        assertThatThrownBy(() -> new CatalogueYearConverter().convert("2019"))
                .hasMessage("no catalogue for 2019; catalogues exist for [2021, 2022]");
    }
}
