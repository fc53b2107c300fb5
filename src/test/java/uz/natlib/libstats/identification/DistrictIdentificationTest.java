package uz.natlib.libstats.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class DistrictIdentificationTest {

    private static final TerritoryIndex INDEX = new TerritoryIndex(SoatoRegistry.load());
    private final DistrictIdentification identification = new DistrictIdentification(INDEX);
    private final List<Finding> findings = new ArrayList<>();

    private static Identification visible(String region, String district) {
        Map<Label, RawCell> cells = new EnumMap<>(Label.class);
        if (region != null) {
            cells.put(Label.REGION, new RawCell("S", "C3", region, false));
        }
        cells.put(Label.DISTRICT, new RawCell("S", "C4", district, false));
        return new Identification(Map.of(), cells);
    }

    @Test
    void givenTheHiddenCode_whenIdentified_thenThatDistrict() {
        assertThat(identification.identify(new Identification(Map.of("district", "1706246"), Map.of()), findings))
                .contains("1706246");
        assertThat(findings).isEmpty();
    }

    @Test
    void givenANameInEitherScriptWithAnyApostrophe_whenIdentified_thenTheDistrict() {
        assertThat(identification.identify(visible(null, "Ғиждувон тумани"), findings)).contains("1706215");
        assertThat(identification.identify(visible(null, "G`ijduvon"), findings)).contains("1706215");
        assertThat(identification.identify(visible("Buxoro viloyati", "Jondor"), findings)).contains("1706246");
        assertThat(findings).isEmpty();
    }

    @Test
    void givenKogonWithTumaniOrShahri_whenIdentified_thenTheSuffixTellsThemApart() {
        assertThat(identification.identify(visible(null, "Kogon tumani"), findings)).contains("1706219");
        assertThat(identification.identify(visible(null, "Когон шаҳри"), findings)).contains("1706403");
        assertThat(findings).isEmpty();
    }

    @Nested
    class Rejected {

        @Test
        void givenABareNameSharedByADistrictAndACity_whenIdentified_thenAmbiguousNamingBoth() {
            assertThat(identification.identify(visible(null, "Kogon"), findings)).isEmpty();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.AMBIGUOUS_DISTRICT);
                assertThat(f.cell()).isEqualTo("C4");
                assertThat(f.message().en()).contains("1706219", "1706403");
            });
        }

        @Test
        void givenAnUnknownCode_whenIdentified_thenUnknownDistrictWithTheCode() {
            assertThat(identification.identify(new Identification(Map.of("district", "1799999"), Map.of()), findings))
                    .isEmpty();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_DISTRICT);
                assertThat(f.valueSeen()).isEqualTo("1799999");
                assertThat(f.message().cyrl()).contains("1799999");
            });
        }

        @Test
        void givenAnUnknownName_whenIdentified_thenUnknownDistrict() {
            assertThat(identification.identify(visible(null, "Atlantida tumani"), findings)).isEmpty();
            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.UNKNOWN_DISTRICT);
        }
    }

    @Nested
    class GivenTheHiddenSheetAndTheVisibleBlock {

        private Identification both(String visibleCode, String region, String district) {
            Map<Label, RawCell> cells = new EnumMap<>(Label.class);
            if (visibleCode != null) {
                cells.put(Label.SOATO, new RawCell("S", "C5", visibleCode, true));
            }
            if (region != null) {
                cells.put(Label.REGION, new RawCell("S", "C3", region, false));
            }
            if (district != null) {
                cells.put(Label.DISTRICT, new RawCell("S", "C4", district, false));
            }
            return new Identification(Map.of("district", "1706246"), cells);
        }

        @Test
        void whenTheyAgree_thenTheDistrictWithoutFindings() {
            assertThat(identification.identify(both("1706246", "Бухоро вилояти", "Жондор тумани"), findings))
                    .contains("1706246");
            assertThat(findings).isEmpty();
        }

        @Test
        void whenTheVisibleCodeNamesAnotherDistrict_thenRefusedNamingBoth() {
            identification.identify(both("1706215", null, null), findings);

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.IDENTIFICATION_MISMATCH);
                assertThat(f.isError()).isTrue();
                assertThat(f.cell()).isEqualTo("C5");
                assertThat(f.message().cyrl()).contains("1706215", "1706246", "Жондор");
                assertThat(f.message().en()).contains("1706215", "1706246", "Jondor");
            });
        }

        @Test
        void whenTheVisibleNameIsAnotherRegionsDistrict_thenRefused() {
            identification.identify(both(null, "Тошкент шаҳри", "Чилонзор тумани"), findings);

            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.IDENTIFICATION_MISMATCH);
            assertThat(findings.get(0).cell()).isEqualTo("C4");
        }
    }
}
