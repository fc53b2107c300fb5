package uz.natlib.libstats.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.reading.RawStatus;
import uz.natlib.libstats.reading.RawValue;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class ReturnNormaliserTest {

    private static final String SHEET = "Ҳисобот";
    private static Catalogue catalogue;

    private final ReturnNormaliser normaliser = new ReturnNormaliser();

    @BeforeAll
    static void readCatalogue() {
        catalogue = CatalogueFiles.read(2021);
    }

    private static RawCell cell(String ref, String text) {
        return new RawCell(SHEET, ref, text, false);
    }

    private static RawValue slot(String code, int slot, String ref, String text) {
        return new RawValue(code, slot, null, null, cell(ref, text));
    }

    private static RawValue shown(String code, int slot, String label, String ref, String text) {
        return new RawValue(code, slot, null, label, cell(ref, text));
    }

    private static RawValue csv(String code, String measure, int line, String text) {
        return new RawValue(code, 0, measure, null, new RawCell(null, "line " + line, text, false));
    }

    private static RawStatus status(String code, String done, String note) {
        return new RawStatus(code, done == null ? null : cell("L40", done), note == null ? null : cell("M40", note));
    }

    private NormalisationResult normalise(List<RawValue> values) {
        return normalise(values, List.of());
    }

    private NormalisationResult normalise(List<RawValue> values, List<RawStatus> statuses) {
        RawReturn raw = new RawReturn("jondor-2021Q1.xlsx", "xlsx", new Identification(Map.of(), Map.of()), values,
                statuses, List.of());
        return normaliser.normalise(raw, catalogue);
    }

    @Nested
    class WorkbookSlots {

        @Test
        void givenValuesInSlotsOneAndTwo_whenNormalised_thenTheRowsFirstAndSecondMeasures() {
            NormalisationResult result = normalise(List.of(slot("1.2", 1, "F14", "12"), slot("1.2", 2, "H14", "340")));

            assertThat(result.values()).extracting(ReportedValue::indicatorCode, ReportedValue::measure,
                            ReportedValue::cell, ReportedValue::textSeen)
                    .containsExactly(tuple("1.2", "titles", "F14", "12"), tuple("1.2", "copies", "H14", "340"));
            assertThat(result.values()).extracting(ReportedValue::value).usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactly(new java.math.BigDecimal("12"), new java.math.BigDecimal("340"));
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenANumericCell_whenNormalised_thenItsStoredValueWithoutAFinding() {
            RawValue stored = new RawValue("5.1", 1, null, null, new RawCell(SHEET, "F60", "3959.0", true));

            NormalisationResult result = normalise(List.of(stored));

            assertThat(result.values()).singleElement().satisfies(v -> {
                assertThat(v.measure()).isEqualTo("visits");
                assertThat(v.value().toPlainString()).isEqualTo("3959");
            });
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenBlankCells_whenNormalised_thenNothingNotEvenForAnUnknownCode() {
            NormalisationResult result = normalise(List.of(slot("1.2", 1, "F14", ""), slot("1.2", 2, "H14", "  "),
                    slot("99.9", 1, "F15", "")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenThousandsTypedWithSpaces_whenNormalised_thenTheNumberAndAnInfoSayingHowItWasRead() {
            NormalisationResult result = normalise(List.of(slot("1.1", 2, "H12", "1 200")));

            assertThat(result.values()).singleElement().satisfies(v -> {
                assertThat(v.value()).isEqualByComparingTo("1200");
                assertThat(v.textSeen()).isEqualTo("1 200");
            });
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.rule()).isEqualTo(RuleId.NORMALISED);
                assertThat(f.cell()).isEqualTo("H12");
                assertThat(f.valueSeen()).isEqualTo("1 200");
                assertThat(f.message().en()).isEqualTo("H12: «1 200» read as 1200");
                assertThat(f.message().cyrl()).isEqualTo("H12: «1 200» 1200 деб ўқилди");
                assertThat(f.message().latn()).isEqualTo("H12: «1 200» 1200 deb oʻqildi");
            });
        }
    }

    @Nested
    class WhatPeopleType {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"40 нусхада", "40 nusxa", "40 экз.", "40 ед.", "40 o\u2018quvchi"})
        void givenAUnitWordAfterTheFigure_whenNormalised_thenTheFigureAndANoteQuotingWhatWasTyped(String typed) {
            NormalisationResult result = normalise(List.of(slot("1.1", 2, "H12", typed)));

            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.value().toPlainString()).isEqualTo("40"));
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.rule()).isEqualTo(RuleId.NORMALISED);
                assertThat(f.message().en()).isEqualTo("H12: «" + typed + "» read as 40");
                assertThat(f.message().cyrl()).isEqualTo("H12: «" + typed + "» 40 деб ўқилди");
            });
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"1'200", "1\u2019200", "1.234.567", "1,234,567", "1 234 567"})
        void givenThousandsGroupedByAnyMark_whenNormalised_thenAWholeNumberAndANote(String typed) {
            NormalisationResult result = normalise(List.of(slot("1.1", 2, "H12", typed)));

            String expected = typed.replaceAll("\\D", "");
            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.value().toPlainString()).isEqualTo(expected));
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message().en()).isEqualTo("H12: «" + typed + "» read as " + expected);
            });
        }

        @Test
        void givenOneCommaBeforeThreeDigitsInAWholeNumberMeasure_whenNormalised_thenThousandsAndANoteSayingWhy() {
            NormalisationResult result = normalise(List.of(slot("1.1", 2, "H12", "1,200")));

            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.value().toPlainString()).isEqualTo("1200"));
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.rule()).isEqualTo(RuleId.NORMALISED);
                assertThat(f.message().en())
                        .isEqualTo("H12: «1,200» read as 1200: copies are counted in whole numbers, so the comma separates thousands");
                assertThat(f.message().cyrl())
                        .isEqualTo("H12: «1,200» 1200 деб ўқилди: «нусха» бутун сонда ҳисобланади, шунинг учун вергул мингликларни ажратади");
                assertThat(f.message().latn()).startsWith("H12: «1,200» 1200 deb oʻqildi: «nusxa» butun sonda");
            });
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"1.200", "1,200"})
        void givenOneMarkBeforeThreeDigitsInAMegabytesCell_whenNormalised_thenOnePointTwoAndAWarningShowingBothReadings(
                String typed) {
            NormalisationResult result = normalise(List.of(slot("10.2", 3, "J90", typed)));

            assertThat(result.values()).singleElement().satisfies(v -> {
                assertThat(v.measure()).isEqualTo("megabytes");
                assertThat(v.value().toPlainString()).isEqualTo("1.2");
            });
            String mark = typed.contains(",") ? "comma" : "point";
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.rule()).isEqualTo(RuleId.AMBIGUOUS_NUMBER);
                assertThat(f.cell()).isEqualTo("J90");
                assertThat(f.valueSeen()).isEqualTo(typed);
                assertThat(f.message().en()).startsWith("J90, row 10.2 ")
                        .endsWith(", megabytes: «" + typed + "» read as 1.2, but it may be 1200: megabytes may be fractional, and a "
                                + mark + " before three digits may mark decimals or separate thousands; if 1200 is meant, type 1200, "
                                + "if 1.2, type 1,2");
                assertThat(f.message().cyrl()).startsWith("J90, 10.2-қатор ")
                        .contains("«мб»: «" + typed + "» 1.2 деб ўқилди, лекин 1200 ҳам бўлиши мумкин")
                        .endsWith("1200 назарда тутилган бўлса, 1200 деб, 1.2 бўлса, 1,2 деб ёзинг");
            });
        }

        @Test
        void givenAMegabytesFigureThatCanOnlyBeOneThing_whenNormalised_thenNoWarning() {
            NormalisationResult result = normalise(List.of(slot("10.2", 3, "J90", "34,5"), slot("10.2", 2, "H90", "1,200")));

            assertThat(result.values()).extracting(ReportedValue::measure, v -> v.value().toPlainString())
                    .containsExactly(tuple("megabytes", "34.5"), tuple("titles", "1200"));
            assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
        }

        @Test
        void givenASplitWithOneCommaBeforeThreeDigits_whenNormalised_thenEachPartByItsOwnMeasure() {
            NormalisationResult result = normalise(List.of(slot("10.2", 1, "F90", "1/1,200/1,200")));

            assertThat(result.values()).extracting(ReportedValue::measure, v -> v.value().toPlainString())
                    .containsExactly(tuple("cds", "1"), tuple("titles", "1200"), tuple("megabytes", "1.2"));
            assertThat(result.findings()).extracting(Finding::severity, f -> f.message().en()).containsExactlyInAnyOrder(
                    tuple(Severity.WARNING, "F90, row 10.2 «" + catalogue.indicators().stream()
                            .filter(i -> i.code().equals("10.2")).findFirst().orElseThrow().labelEn()
                            + "», megabytes: «1,200» read as 1.2, but it may be 1200: megabytes may be fractional, and a comma "
                            + "before three digits may mark decimals or separate thousands; if 1200 is meant, type 1200, if 1.2, type 1,2"),
                    tuple(Severity.INFO, "F90: «1/1,200/1,200» read as CDs 1, titles 1200, megabytes 1.2; «1,200»: titles are counted "
                            + "in whole numbers, so the comma separates thousands"));
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"40 нусха 5", "12 abc", "1.23.4", "1'20", "нусха 40"})
        void givenANearMiss_whenNormalised_thenNotANumber(String typed) {
            NormalisationResult result = normalise(List.of(slot("1.1", 2, "H12", typed)));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
                assertThat(f.message().en()).contains("«" + typed + "» is not a number");
            });
        }
    }

    @Nested
    class CsvMeasures {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"copies", "Copies", "нусха", "НУСХА", "nusxa", "Nusxa"})
        void givenAMeasureNamedByKeyOrLabelInAnyScript_whenNormalised_thenThatMeasure(String measure) {
            NormalisationResult result = normalise(List.of(csv("1.2", measure, 7, "340")));

            assertThat(result.values()).singleElement()
                    .satisfies(v -> assertThat(v.measure()).isEqualTo("copies"));
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenAnApostropheVariantOfALatinLabel_whenNormalised_thenThatMeasure() {
            NormalisationResult result = normalise(List.of(csv("5.14", "so'rov", 3, "4"), csv("5.15", "so`rov", 4, "5")));

            assertThat(result.values()).extracting(ReportedValue::indicatorCode, ReportedValue::measure)
                    .containsExactly(tuple("5.14", "requests"), tuple("5.15", "requests"));
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenNoMeasureOnASingleMeasureRow_whenNormalised_thenItsOnlyMeasure() {
            NormalisationResult result = normalise(List.of(csv("5.1", "", 9, "850")));

            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.measure()).isEqualTo("visits"));
        }

        @Nested
        class Failing {

            @Test
            void givenAMeasureTheRowDoesNotHave_whenNormalised_thenUnknownMeasureNamingTheRowsMeasures() {
                NormalisationResult result = normalise(List.of(csv("1.2", "мб", 7, "3")));

                assertThat(result.values()).isEmpty();
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_MEASURE);
                    assertThat(f.cell()).isEqualTo("line 7");
                    assertThat(f.sheet()).isNull();
                    assertThat(f.message().en()).startsWith("line 7, row 1.2 «")
                            .endsWith("«мб» is not a measure of this row; its measures are titles, copies");
                    assertThat(f.message().cyrl()).contains("«мб» ўлчови бу қаторда йўқ; бу қатор ўлчовлари: ном, нусха");
                });
            }

            @Test
            void givenNoMeasureOnARowWithTwo_whenNormalised_thenUnknownMeasure() {
                NormalisationResult result = normalise(List.of(csv("1.2", null, 7, "12")));

                assertThat(result.values()).isEmpty();
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_MEASURE);
                    assertThat(f.message().en()).contains("no measure given");
                });
            }
        }
    }

    @Nested
    class Splits {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"12/340", "12 / 340", "12/ 340"})
        void givenTitlesSlashCopiesInValueOne_whenTheOtherValuesAreBlank_thenSplitIntoBothMeasures(String typed) {
            NormalisationResult result = normalise(List.of(slot("1.2", 1, "F14", typed), slot("1.2", 2, "H14", "")));

            assertThat(result.values()).extracting(ReportedValue::measure, v -> v.value().toPlainString(), ReportedValue::cell)
                    .containsExactly(tuple("titles", "12", "F14"), tuple("copies", "340", "F14"));
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.rule()).isEqualTo(RuleId.NORMALISED);
                assertThat(f.message().en()).isEqualTo("F14: «" + typed + "» read as titles 12, copies 340");
                assertThat(f.message().cyrl()).isEqualTo("F14: «" + typed + "» ном 12, нусха 340 деб ўқилди");
            });
        }

        @Test
        void givenThreeFiguresOnARowOfThreeMeasures_whenSplit_thenEachMeasureInOrder() {
            NormalisationResult result = normalise(List.of(slot("10.2", 1, "F90", "1/12/34,5")));

            assertThat(result.values()).extracting(ReportedValue::measure, v -> v.value().toPlainString())
                    .containsExactly(tuple("cds", "1"), tuple("titles", "12"), tuple("megabytes", "34.5"));
        }

        @Test
        void givenASlashWithoutAMeasureInACsv_whenNormalised_thenSplit() {
            NormalisationResult result = normalise(List.of(csv("1.2", "", 4, "12/340")));

            assertThat(result.values()).extracting(ReportedValue::measure).containsExactly("titles", "copies");
        }

        @Nested
        class Failing {

            @Test
            void givenASlashWhileValueTwoIsFilled_whenNormalised_thenNotANumber() {
                NormalisationResult result = normalise(List.of(slot("1.2", 1, "F14", "12/340"), slot("1.2", 2, "H14", "340")));

                assertThat(result.values()).extracting(ReportedValue::measure).containsExactly("copies");
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
                    assertThat(f.cell()).isEqualTo("F14");
                    assertThat(f.valueSeen()).isEqualTo("12/340");
                });
            }

            @Test
            void givenASlashInValueTwo_whenNormalised_thenNotANumberForOnlyValueOneMayHoldBoth() {
                NormalisationResult result = normalise(List.of(slot("1.2", 2, "H14", "12/340")));

                assertThat(result.values()).isEmpty();
                assertThat(result.findings()).extracting(Finding::rule, Finding::cell).containsExactly(tuple(RuleId.NOT_A_NUMBER, "H14"));
            }

            @ParameterizedTest(name = "«{0}»")
            @ValueSource(strings = {"12/340/5", "12/", "/340", "12/abc"})
            void givenFiguresThatDoNotFitTheRowsMeasures_whenNormalised_thenNotANumberAndNoValues(String typed) {
                NormalisationResult result = normalise(List.of(slot("1.2", 1, "F14", typed)));

                assertThat(result.values()).isEmpty();
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
                    assertThat(f.message().en()).contains("this row has 2 measures (titles, copies)");
                });
            }

            @Test
            void givenASlashOnASingleMeasureRow_whenNormalised_thenNotANumber() {
                NormalisationResult result = normalise(List.of(slot("5.1", 1, "F60", "12/340")));

                assertThat(result.values()).isEmpty();
                assertThat(result.findings()).extracting(Finding::rule).containsExactly(RuleId.NOT_A_NUMBER);
            }
        }
    }

    @Nested
    class Failing {

        @Test
        void givenACodeNotInTheCatalogue_whenNormalised_thenOneUnknownIndicatorOnItsFirstFilledCell() {
            NormalisationResult result = normalise(List.of(slot("3.1", 1, "F20", ""), slot("3.1", 1, "F21", "5"),
                    slot("3.1", 2, "H21", "7")), List.of(status("3.1", "бажарилди", null)));

            assertThat(result.values()).isEmpty();
            assertThat(result.statuses()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_INDICATOR);
                assertThat(f.sheet()).isEqualTo(SHEET);
                assertThat(f.cell()).isEqualTo("F21");
                assertThat(f.valueSeen()).isEqualTo("5");
                assertThat(f.message().en()).isEqualTo("F21, code «3.1» is not in the 2021 table: the file may come from"
                        + " an older or another template; use the National Library's 2021 form");
                assertThat(f.message().cyrl()).startsWith("F21, «3.1» коди 2021 йил жадвалида йўқ");
            });
        }

        @Test
        void givenTwoUnknownCodes_whenNormalised_thenOneFindingEach() {
            NormalisationResult result = normalise(List.of(slot("3.1", 1, "F21", "5"), slot("3.2", 1, "F22", "6"),
                    slot("3.1", 2, "H21", "7")));

            assertThat(result.findings()).extracting(Finding::rule, Finding::cell)
                    .containsExactly(tuple(RuleId.UNKNOWN_INDICATOR, "F21"), tuple(RuleId.UNKNOWN_INDICATOR, "F22"));
        }

        @Test
        void givenAValueBeyondTheRowsMeasures_whenNormalised_thenUnknownMeasure() {
            NormalisationResult result = normalise(List.of(slot("1.2", 3, "J14", "5")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_MEASURE);
                assertThat(f.cell()).isEqualTo("J14");
                assertThat(f.message().en()).endsWith("this row has 2 measure(s) (titles, copies); value 3 has no place in it");
                assertThat(f.message().cyrl()).endsWith("бу қаторда 2 та ўлчов бор (ном, нусха), 3-қиймат учун жой йўқ");
            });
        }

        @Test
        void givenAFigureOnAQualitativeRow_whenNormalised_thenUnknownMeasureSayingItTakesDoneOrNotDone() {
            NormalisationResult result = normalise(List.of(slot("4.4", 1, "F30", "3")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_MEASURE);
                assertThat(f.message().en()).endsWith("this row takes no figures, only done or not done");
            });
        }

        @Test
        void givenAShownMeasureLabelThatIsNotTheRowsMeasure_whenNormalised_thenForeignTemplateAndNoValue() {
            NormalisationResult result = normalise(List.of(shown("1.2", 1, "нусха", "F14", "12")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.FOREIGN_TEMPLATE);
                assertThat(f.cell()).isEqualTo("F14");
                assertThat(f.message().en()).endsWith("the value is labelled «нусха», but measure 1 of this row is titles:"
                        + " the file may come from another template");
            });
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"ном", "Nom", "titles", "ном:"})
        void givenTheRowsOwnMeasureLabelInAnyScript_whenNormalised_thenAccepted(String label) {
            NormalisationResult result = normalise(List.of(shown("1.2", 1, label, "F14", "12")));

            assertThat(result.values()).hasSize(1);
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenTheSameMeasureTwice_whenNormalised_thenTheFirstKeptAndDuplicateValueOnTheSecond() {
            NormalisationResult result = normalise(List.of(csv("1.2", "copies", 7, "340"), csv("1.2", "нусха", 12, "350")));

            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("340"));
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.DUPLICATE_VALUE);
                assertThat(f.cell()).isEqualTo("line 12");
                assertThat(f.valueSeen()).isEqualTo("350");
                assertThat(f.message().en()).endsWith("copies: reported a second time (first in line 7)");
            });
        }

        @Test
        void givenWordsInsteadOfAFigure_whenNormalised_thenNotANumberNamingRowAndMeasure() {
            NormalisationResult result = normalise(List.of(slot("5.1", 1, "F60", "кўп")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
                assertThat(f.valueSeen()).isEqualTo("кўп");
                assertThat(f.message().en()).isEqualTo("F60, row 5.1 «Visits, total», visits: «кўп» is not a number;"
                        + " write it in digits (for example 1200)");
                assertThat(f.message().cyrl()).isEqualTo("F60, 5.1-қатор «Китобхоналар қатнови - Жами», «қатнов»: «кўп» сон эмас;"
                        + " рақамлар билан ёзинг (масалан, 1200)");
            });
        }
    }

    @Nested
    class DoneAnswers {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"бажарилди", "Бажарилди", "bajarildi", "BAJARILDI", "ҳа", "Ha", "yes", "Yes", "1", "+",
                "done", "Done.", "бажарилган", "Ха"})
        void givenAYesInEitherScript_whenNormalised_thenDone(String typed) {
            NormalisationResult result = normalise(List.of(), List.of(status("4.4", typed, null)));

            assertThat(result.statuses()).singleElement().satisfies(s -> {
                assertThat(s.done()).isTrue();
                assertThat(s.indicatorCode()).isEqualTo("4.4");
                assertThat(s.cell()).isEqualTo("L40");
            });
            assertThat(result.findings()).isEmpty();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"бажарилмади", "bajarilmadi", "йўқ", "yo'q", "yo`q", "yoʻq", "yo’q", "Yoq", "no", "0", "-",
                "–", "not done", "Not done", "йук", "Йок"})
        void givenANoInEitherScript_whenNormalised_thenNotDone(String typed) {
            NormalisationResult result = normalise(List.of(), List.of(status("4.4", typed, null)));

            assertThat(result.statuses()).singleElement().satisfies(s -> assertThat(s.done()).isFalse());
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenANumericOne_whenNormalised_thenDone() {
            RawStatus numeric = new RawStatus("7.4", new RawCell(SHEET, "L41", "1.0", true), null);

            assertThat(normalise(List.of(), List.of(numeric)).statuses()).singleElement()
                    .satisfies(s -> assertThat(s.done()).isTrue());
        }

        @Test
        void givenAnAnswerAndANote_whenNormalised_thenTheNoteIsKept() {
            NormalisationResult result = normalise(List.of(), List.of(status("7.4", "ha", "  Ўз вақтида топширилди ")));

            assertThat(result.statuses()).singleElement().satisfies(s -> {
                assertThat(s.done()).isTrue();
                assertThat(s.note()).isEqualTo("Ўз вақтида топширилди");
                assertThat(s.cell()).isEqualTo("L40");
            });
        }

        @Test
        void givenOnlyANote_whenNormalised_thenNotSaidWithTheNoteOnTheNoteCell() {
            NormalisationResult result = normalise(List.of(), List.of(status("7.4", "", "II чоракда")));

            assertThat(result.statuses()).singleElement().satisfies(s -> {
                assertThat(s.done()).isNull();
                assertThat(s.note()).isEqualTo("II чоракда");
                assertThat(s.cell()).isEqualTo("M40");
            });
        }

        @Test
        void givenNeitherAnswerNorNote_whenNormalised_thenNoStatus() {
            assertThat(normalise(List.of(), List.of(status("7.4", " ", null))).statuses()).isEmpty();
        }

        @Nested
        class Failing {

            @Test
            void givenAnAnswerThatIsNoDoneWord_whenNormalised_thenNotADoneAnswerWarningAndTheNoteKept() {
                NormalisationResult result = normalise(List.of(), List.of(status("7.4", "қисман", "ярми бажарилди")));

                assertThat(result.statuses()).singleElement().satisfies(s -> {
                    assertThat(s.done()).isNull();
                    assertThat(s.note()).isEqualTo("ярми бажарилди");
                });
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.rule()).isEqualTo(RuleId.NOT_A_DONE_ANSWER);
                    assertThat(f.cell()).isEqualTo("L40");
                    assertThat(f.valueSeen()).isEqualTo("қисман");
                    assertThat(f.message().cyrl()).startsWith("L40, 7.4-қатор «")
                            .endsWith("«қисман» жавоби тушунарсиз; «бажарилди» ёки «бажарилмади» деб ёзинг");
                    assertThat(f.message().latn()).endsWith("«qisman» javobi tushunarsiz; «bajarildi» yoki «bajarilmadi» deb yozing");
                });
            }
        }
    }

    @Nested
    class PlanFiles {

        private NormalisationResult plan(List<RawValue> values) {
            RawReturn raw = new RawReturn("jondor-2021-plan.xlsx", "xlsx", new Identification(Map.of(), Map.of()), values,
                    List.of(), List.of());
            return normaliser.normalise(raw, catalogue, uz.natlib.libstats.vocabulary.SubmissionKind.PLAN);
        }

        @Test
        void givenAPlanFigureOnARowWithoutPlan_whenNormalised_thenLeftOutWithARowWithoutPlanWarningInThreeLanguages() {
            NormalisationResult result = plan(List.of(slot("1.1", 1, "F12", "12000"), slot("10.3", 1, "F300", "21")));

            assertThat(result.values()).extracting(ReportedValue::indicatorCode, ReportedValue::measure)
                    .containsExactly(tuple("10.3", "readers"));
            assertThat(result.hasErrors()).isFalse();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.rule()).isEqualTo(RuleId.ROW_WITHOUT_PLAN);
                assertThat(f.rule().code()).isEqualTo("RowWithoutPlan");
                assertThat(f.sheet()).isEqualTo(SHEET);
                assertThat(f.cell()).isEqualTo("F12");
                assertThat(f.valueSeen()).isEqualTo("12000");
                assertThat(f.message().cyrl()).startsWith("F12, 1.1-қатор «")
                        .contains("бу қаторга режа тузилмайди").endsWith("«12000» сақланмади");
                assertThat(f.message().latn()).startsWith("F12, 1.1-qator «")
                        .contains("bu qatorga reja tuzilmaydi").endsWith("«12000» saqlanmadi");
                assertThat(f.message().en()).startsWith("F12, row 1.1 «")
                        .contains("this row has no plan").endsWith("«12000» is not stored");
            });
        }

        @Test
        void givenTitlesAndCopiesTypedInOneCellOfARowWithoutPlan_whenNormalised_thenBothLeftOutAndOneWarning() {
            NormalisationResult result = plan(List.of(slot("1.2", 1, "F14", "12/340")));

            assertThat(result.values()).isEmpty();
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleId.ROW_WITHOUT_PLAN).singleElement()
                    .satisfies(f -> assertThat(f.cell()).isEqualTo("F14"));
        }

        @Test
        void givenEveryMeasureOfEveryPlanBearingRow_whenNormalised_thenAllKeptWithoutAWarning() {
            List<RawValue> values = new java.util.ArrayList<>();
            int line = 1;
            for (uz.natlib.libstats.catalogue.Indicator indicator : catalogue.indicators()) {
                for (int k = 1; indicator.planBearing() && k <= indicator.measures().size(); k++) {
                    values.add(slot(indicator.code(), k, "F" + line++, "5"));
                }
            }

            NormalisationResult result = plan(values);

            assertThat(values).hasSizeGreaterThan(36);
            assertThat(result.values()).hasSize(values.size());
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void givenTheSameFigureOnARowWithoutPlanInAReturn_whenNormalised_thenKeptAsAnActual() {
            NormalisationResult result = normalise(List.of(slot("1.1", 1, "F12", "12000")));

            assertThat(result.values()).singleElement().satisfies(v -> assertThat(v.indicatorCode()).isEqualTo("1.1"));
            assertThat(result.findings()).isEmpty();
        }
    }
}
