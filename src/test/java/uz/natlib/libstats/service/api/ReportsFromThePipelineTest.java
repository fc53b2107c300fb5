package uz.natlib.libstats.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.web.reports.ReportFixtures;
import uz.natlib.libstats.users.Users;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The catalogue as the real pipeline writes it: three Bukhara districts' third-quarter returns,
 * then a fourth, each followed by the pipeline (CSV, Latin only, to stay quick). The first
 * report becomes an older edition kept under {@code editions/}; both are listed and downloadable,
 * and each says how many districts its own run had, the current one as completeness says.
 */
@ServiceTest
class ReportsFromThePipelineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path BUKHARA = Path.of("sample-input", "1706-buxoro-viloyati");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    InboxFolders inbox;

    @Autowired
    PipelineRuns pipeline;

    @Test
    @SuppressWarnings("unchecked")
    void aNewEditionKeepsTheOlderOneDownloadableAndEachTellsItsOwnRun() throws Exception {
        ReportFixtures.users(users);
        TestWarehouse.empty(jdbc, properties);
        drop("1706204_olot-tumani_2021_Q3.xlsx", "1706207_buxoro-tumani_2021_Q3.xlsx", "1706212_vobkent-tumani_2021_Q3.xlsx");
        assertThat(pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV)).completed()).isTrue();
        drop("1706215_gijduvon-tumani_2021_Q3.xlsx");
        assertThat(pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV)).completed()).isTrue();

        String body = mvc.perform(get("/api/reports?period=2021Q3&territory=1706&type=region-quarter&format=csv")
                        .with(user("rep-bukhara").roles("REGIONAL")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) JSON.readValue(body, Map.class).get("reports");
        assertThat(reports).hasSize(2);
        Map<String, Object> current = reports.get(0);
        Map<String, Object> older = reports.get(1);
        assertThat(current).containsEntry("current", true).containsEntry("districts_reporting", 4);
        assertThat(current.get("replaced_by_run")).isNull();
        assertThat(older).containsEntry("current", false).containsEntry("districts_reporting", 3)
                .containsEntry("replaced_by_run", current.get("consolidation_run"));
        int accepted = jdbc.sql("select accepted from completeness where year = 2021 and quarter = 3 and territory_code = '1706'")
                .query(Integer.class).single();
        assertThat(current.get("districts_reporting")).isEqualTo(accepted);

        byte[] now = download((String) current.get("href"));
        byte[] before = download((String) older.get("href"));
        assertThat(now).isNotEqualTo(before);

        String page = mvc.perform(get("/reports?period=2021Q3&territory=1706").with(user("rep-analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("4 of 13", "3 of 13", "figures since replaced by run " + current.get("consolidation_run"));
    }

    private byte[] download(String href) throws Exception {
        return mvc.perform(get(href).with(user("rep-bukhara").roles("REGIONAL")))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private void drop(String... names) throws Exception {
        Files.createDirectories(inbox.inbox());
        for (String name : names) {
            Path dropped = inbox.inbox().resolve(name);
            Files.copy(BUKHARA.resolve(name), dropped);
            // As if dropped a while ago: the inbox leaves alone a file still being written.
            Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(3600)));
        }
    }
}
