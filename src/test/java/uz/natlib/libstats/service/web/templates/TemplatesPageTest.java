package uz.natlib.libstats.service.web.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.web.submissions.Html;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

@ServiceTest
class TemplatesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void someUsers() {
        for (Object[] u : new Object[][] {{"tpl-bukhara", Role.REGIONAL, "1706", "latn"},
                {"tpl-analyst", Role.ANALYST, null, "en"}, {"tpl-admin", Role.ADMIN, null, "cyrl"}}) {
            if (users.find((String) u[0]).isEmpty()) {
                users.add((String) u[0], (Role) u[1], (String) u[2], "a password of 10+ chars", (String) u[3]);
            }
        }
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    @Test
    void eachRoleGetsTheFormWithTheDistrictsItMayChoose() throws Exception {
        String regional = mvc.perform(get("/templates").with(as("tpl-bukhara", "REGIONAL"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> districts = Html.elements(Html.element(regional, "select", "id", "district"), "option", "value", null)
                .stream().map(o -> Html.attribute(o, "value")).toList();
        assertThat(districts).isNotEmpty().allMatch(code -> code.startsWith("1706")).contains("1706204");
        assertThat(Html.elements(regional, "option", "value", "2021Q1")).hasSize(1);
        assertThat(Html.elements(regional, "option", "value", "2021")).hasSize(1);

        for (String[] who : new String[][] {{"tpl-analyst", "ANALYST"}, {"tpl-admin", "ADMIN"}}) {
            String national = mvc.perform(get("/templates").with(as(who[0], who[1]))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(Html.elements(national, "option", "value", "1718206").size()
                    + Html.elements(national, "option", "value", "1706204").size()).isGreaterThanOrEqualTo(1);
            assertThat(Html.elements(national, "optgroup", "label", null)).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theBlankWorkbookIsDownloadedInEitherScript() throws Exception {
        for (String script : List.of("cyrl", "latn")) {
            MvcResult result = mvc.perform(get("/templates/file").param("district", "1706204").param("period", "2021Q1")
                    .param("script", script).with(as("tpl-bukhara", "REGIONAL"))).andExpect(status().isOk()).andReturn();
            byte[] body = result.getResponse().getContentAsByteArray();
            assertThat(new String(body, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                    .contains("1706204_olot-tumani_2021_Q1.xlsx");
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
                assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
            }
        }
        MvcResult plan = mvc.perform(get("/templates/file").param("district", "1706204").param("period", "2021")
                .with(as("tpl-analyst", "ANALYST"))).andExpect(status().isOk()).andReturn();
        assertThat(plan.getResponse().getHeader("Content-Disposition")).contains("1706204_olot-tumani_2021_plan.xlsx");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'tpl-bukhara' and action = 'download'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRegionalUserGetsNoOtherRegionsWorkbook() throws Exception {
        String samarkand = jdbc.sql("select min(code) from territory where parent_code = '1718' and level = 'district'")
                .query(String.class).single();
        mvc.perform(get("/templates/file").param("district", samarkand).param("period", "2021Q1")
                .with(as("tpl-bukhara", "REGIONAL"))).andExpect(status().isForbidden());
    }

    @Test
    void badParametersGetA400SayingWhy() throws Exception {
        String[][] cases = {
                {"1706204", "2019Q1", "cyrl", "no indicator catalogue"},
                {"1706204", "2021Q9", "cyrl", "period is not valid"},
                {"1706204", "abc", "cyrl", "period is not valid"},
                {"1706204", "9".repeat(5000), "cyrl", "period is not valid"},
                {"abc", "2021Q1", "cyrl", "no district"},
                {"1706", "2021Q1", "cyrl", "no district"},
                {"1799999", "2021Q1", "cyrl", "no district"},
                {"1706204", "2021Q1", "klingon", "script must be"}};
        for (String[] c : cases) {
            String body = mvc.perform(get("/templates/file").param("district", c[0]).param("period", c[1])
                            .param("script", c[2]).with(as("tpl-analyst", "ANALYST")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(c[0] + " " + c[1].substring(0, Math.min(10, c[1].length())) + " " + c[2]).contains(c[3]).doesNotContain("Exception");
        }
        mvc.perform(get("/templates/file").param("period", "2021Q1").with(as("tpl-analyst", "ANALYST")))
                .andExpect(status().isBadRequest());
        String cyrillic = mvc.perform(get("/templates/file").param("district", "x").param("period", "2021Q1")
                        .with(as("tpl-admin", "ADMIN")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cyrillic).contains("Бундай кодли туман");
    }
}
