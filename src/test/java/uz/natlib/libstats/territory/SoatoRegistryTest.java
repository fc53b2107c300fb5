package uz.natlib.libstats.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.MixedScript;

class SoatoRegistryTest {

    private static List<Territory> all;

    @BeforeAll
    static void readRegister() {
        all = SoatoRegistry.load();
    }

    @Test
    void givenTheRegister_whenCleaned_thenOneNationAndFourteenRegions() {
        assertThat(all.stream().filter(t -> t.level() == Territory.Level.NATION)).hasSize(1);
        assertThat(all.stream().filter(t -> t.level() == Territory.Level.REGION).map(Territory::code))
                .containsExactly("1703", "1706", "1708", "1710", "1712", "1714", "1718", "1722", "1724", "1726",
                        "1727", "1730", "1733", "1735");
    }

    @Test
    void givenBukhara_whenCleaned_thenElevenDistrictsAndTwoCities() {
        List<Territory> bukhara = all.stream().filter(t -> "1706".equals(t.parentCode())).toList();
        assertThat(bukhara).hasSize(13);
        assertThat(bukhara.stream().filter(t -> t.kind().equals("district"))).hasSize(11);
        assertThat(bukhara.stream().filter(t -> t.kind().equals("city")).map(Territory::code))
                .containsExactly("1706401", "1706403");
        assertThat(bukhara).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo("1706246");
            assertThat(t.nameCyrl()).isEqualTo("Жондор тумани");
            assertThat(t.nameLatn()).isEqualTo("Jondor tumani");
            assertThat(t.nameRu()).isEqualTo("Жондорский район");
        });
    }

    @Test
    void givenTheRegister_whenCleaned_thenNoGroupingRowsRemain() {
        assertThat(all).noneMatch(t -> t.level() == Territory.Level.DISTRICT
                && (t.code().endsWith("200") || t.code().endsWith("400")));
        assertThat(all).noneMatch(t -> t.nameLatn().endsWith("tumanlari"));
        assertThat(all.stream().filter(t -> t.level() == Territory.Level.DISTRICT).count()).isBetween(195L, 210L);
    }

    @Test
    void givenTheRegister_whenCleaned_thenEveryNameIsInOneScript() {
        for (Territory t : all) {
            assertThat(MixedScript.hasLatinLetter(t.nameCyrl())).as(t.code() + " " + t.nameCyrl()).isFalse();
            assertThat(MixedScript.hasLatinLetter(t.nameRu())).as(t.code() + " " + t.nameRu()).isFalse();
            assertThat(MixedScript.hasCyrillicLetter(t.nameLatn())).as(t.code() + " " + t.nameLatn()).isFalse();
            assertThat(t.nameLatn()).as(t.code()).doesNotContain("'", "`", "‘", "’");
        }
    }

    @Test
    void givenLatinNamesWithOAndG_whenCleaned_thenTurnedCommaIsUsed() {
        assertThat(all).anySatisfy(t -> assertThat(t.nameLatn()).isEqualTo("Gʻijduvon tumani"));
        assertThat(all).anySatisfy(t -> assertThat(t.nameLatn()).isEqualTo("Qoraqalpogʻiston Respublikasi"));
    }

    @Test
    void givenTashkentCity_whenCleaned_thenItsDistrictsWithoutTheGroupingRow() {
        List<Territory> tashkent = all.stream().filter(t -> "1726".equals(t.parentCode())).toList();
        assertThat(tashkent).hasSize(12).noneMatch(t -> t.code().equals("1726260"));
    }
}
