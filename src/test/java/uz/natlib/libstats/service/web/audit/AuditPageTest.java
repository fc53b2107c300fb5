package uz.natlib.libstats.service.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

@ServiceTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void people() {
        if (users.find("audit-admin").isEmpty()) {
            users.add("audit-admin", Role.ADMIN, null, "a long admin password", "en");
            users.add("audit-analyst", Role.ANALYST, null, "a long analyst password", "en");
            users.add("audit-regional", Role.REGIONAL, "1706", "a long regional password", "en");
        }
    }

    @Test
    void anAdministratorSeesTheNewestLinesFirstInTashkentTime() throws Exception {
        audit.record("audit-regional", Audit.Action.DOWNLOAD, "report 1 <script>", Audit.Outcome.OK, "10.0.0.1");
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        jdbc.sql("update audit_event set at = :at where id = :id")
                .param("at", OffsetDateTime.of(2026, 3, 1, 21, 30, 0, 0, ZoneOffset.UTC)).param("id", id).update();

        String page = mvc.perform(get("/audit").with(user("audit-admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("id=\"audit-" + id + "\""));
        // 21:30 UTC is 02:30 the next day in Tashkent (UTC+5).
        assertThat(row).contains("2026-03-02 02:30:00", "audit-regional", "download", "report 1 &lt;script&gt;",
                "10.0.0.1");
        assertThat(page).doesNotContain("report 1 <script>");
        assertThat(page.indexOf("id=\"audit-" + id + "\"")).isLessThan(page.indexOf("id=\"audit-" + (id - 1) + "\"") < 0
                ? Integer.MAX_VALUE : page.indexOf("id=\"audit-" + (id - 1) + "\""));
    }

    @Test
    void onlyAdministratorsMaySeeIt() throws Exception {
        mvc.perform(get("/audit").with(user("audit-analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("audit-regional").roles("REGIONAL"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(status().isFound());
    }

    @Test
    void pagesGoBackInTimeAndABadPageIsABadRequest() throws Exception {
        for (int i = 0; i < 55; i++) {
            audit.record("audit-admin", Audit.Action.SIGN_IN, null, Audit.Outcome.OK, "127.0.0.1");
        }
        String first = mvc.perform(get("/audit").with(user("audit-admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("id=\"page-older\"").doesNotContain("id=\"page-newer\"");
        String second = mvc.perform(get("/audit").param("page", "2").with(user("audit-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("id=\"page-newer\"");
        for (String page : new String[] {"0", "x", "-5", "12345678901234567890"}) {
            String body = mvc.perform(get("/audit").param("page", page).with(user("audit-admin").roles("ADMIN")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("The page number must be a whole number");
        }
    }
}
