package uz.natlib.libstats.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;

/** Names as a sender types them, against the whole register: regions, districts and cities side by side. */
class TerritoryIndexTest {

    private static final TerritoryIndex INDEX = new TerritoryIndex(SoatoRegistry.load());

    private static List<String> codes(List<Territory> territories) {
        return territories.stream().map(Territory::code).toList();
    }

    @Test
    void aDistrictCodeIsADistrictAndARegionsCodeIsNot() {
        assertThat(INDEX.district(" 1706246 ")).map(Territory::code).contains("1706246");
        assertThat(INDEX.district("1706")).isEmpty();
        assertThat(INDEX.district("17")).isEmpty();
        assertThat(INDEX.byCode("1706")).map(Territory::level).contains(Territory.Level.REGION);
        assertThat(INDEX.byCode(null)).isEmpty();
    }

    @Test
    void aBareNameFindsTheDistrictAndTheCityOfThatNameButNeverTheRegion() {
        // "Buxoro": Buxoro tumani (1706207) and the city Buxoro (1706401); the region Buxoro viloyati is no district
        assertThat(codes(INDEX.districtsNamed("Buxoro", null))).containsExactlyInAnyOrder("1706207", "1706401");
        assertThat(codes(INDEX.districtsNamed("Buxoro tumani", null))).containsExactly("1706207");
        assertThat(codes(INDEX.districtsNamed("Buxoro shahri", null))).containsExactly("1706401");
        assertThat(codes(INDEX.districtsNamed("Бухоро тумани", null))).containsExactly("1706207");
        assertThat(codes(INDEX.districtsNamed("Jondor tumani", null))).containsExactly("1706246");
        assertThat(codes(INDEX.districtsNamed("Jondor", null))).containsExactly("1706246");
    }

    @Test
    void theRegionTypedBesideItNarrowsTheDistricts() {
        assertThat(codes(INDEX.districtsNamed("Buxoro", "Buxoro viloyati"))).containsExactlyInAnyOrder("1706207", "1706401");
        assertThat(codes(INDEX.districtsNamed("Buxoro", "Samarqand viloyati"))).isEmpty();
        assertThat(codes(INDEX.districtsNamed("Kogon", "Бухоро вилояти"))).containsExactlyInAnyOrder("1706219", "1706403");
        // a region name that stands for none leaves the candidates as they are
        assertThat(codes(INDEX.districtsNamed("Jondor", "Atlantida"))).containsExactly("1706246");
    }

    @Test
    void nothingTypedIsNothingFound() {
        assertThat(INDEX.districtsNamed("", null)).isEmpty();
        assertThat(INDEX.districtsNamed(" (.,) ", null)).isEmpty();
        assertThat(INDEX.region("")).isEmpty();
        assertThat(INDEX.region(" . ")).isEmpty();
        assertThat(INDEX.districtsNamed("tumani", null)).isEmpty();
    }

    @Test
    void aRegionIsFoundWithOrWithoutItsWordAndOnlyWhenItIsTheOnlyOne() {
        assertThat(INDEX.region("Buxoro viloyati")).map(Territory::code).contains("1706");
        assertThat(INDEX.region("Buxoro")).map(Territory::code).contains("1706");
        assertThat(INDEX.region("БУХОРО ВИЛОЯТИ")).map(Territory::code).contains("1706");
        assertThat(INDEX.region("Samarqand viloyati")).map(Territory::code).contains("1718");
        // Toshkent shahri (1726) and Toshkent viloyati (1727) both stem to "toshkent": the full name says
        // which, the bare name does not
        assertThat(INDEX.region("Toshkent viloyati")).map(Territory::code).contains("1727");
        assertThat(INDEX.region("Тошкент шаҳри")).map(Territory::code).contains("1726");
        assertThat(INDEX.region("Toshkent")).isEmpty();
        // the region word alone is no region, and only the last word is taken off
        assertThat(INDEX.region("viloyati")).isEmpty();
        assertThat(INDEX.region("Buxoro viloyati viloyati")).isEmpty();
        // a district's name is no region
        assertThat(INDEX.region("Jondor")).isEmpty();
    }
}
