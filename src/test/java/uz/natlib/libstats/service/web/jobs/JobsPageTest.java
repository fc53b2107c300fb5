package uz.natlib.libstats.service.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

@ServiceTest
class JobsPageTest {

    private static final RequestPostProcessor ADMIN = user("jobs-admin").roles("ADMIN");
    private static final RequestPostProcessor ANALYST = user("jobs-analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void people() {
        if (users.find("jobs-admin").isEmpty()) {
            users.add("jobs-admin", Role.ADMIN, null, "a long admin password", "en");
            users.add("jobs-analyst", Role.ANALYST, null, "a long analyst password", "en");
        }
    }

    @Test
    void anAnalystSeesTheRunsAndTheSchedulesButNoButtons() throws Exception {
        String page = mvc.perform(get("/jobs").with(ANALYST)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"schedules\"", "Inbox check", "Nightly chain", "only when started by hand")
                .contains("id=\"scheduler-stopped\"")
                .doesNotContain("id=\"start-ingest\"", "id=\"start-nightly\"", "id=\"start-reports\"",
                        "id=\"period-locks\"", "action=\"/periods/lock\"");
    }

    @Test
    void anAdministratorSeesTheButtonsAndThePeriodLocks() throws Exception {
        String page = mvc.perform(get("/jobs").with(ADMIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"start-ingest\"", "id=\"start-nightly\"", "id=\"start-reports\"",
                "action=\"/jobs/start\"", "name=\"_csrf\"", "id=\"lock-period\"");
    }

    @Test
    void everyTextHasAMessageInBothScripts() throws Exception {
        for (String language : new String[] {"cyrl", "latn"}) {
            String name = "jobs-admin-" + language;
            if (users.find(name).isEmpty()) {
                users.add(name, Role.ADMIN, null, "a long admin password", language);
            }
            for (String path : new String[] {"/jobs", "/audit", "/"}) {
                String page = mvc.perform(get(path).with(user(name).roles("ADMIN")).flashAttr("started", "reports")
                                .flashAttr("locked", "2021Q1"))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(page).as(path + " in " + language).doesNotContain("??", "{0}", "{1}");
            }
            String bad = mvc.perform(post("/periods/lock").with(user(name).roles("ADMIN")).with(csrf())
                    .param("period", "2021Q9")).andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(bad).contains(language.equals("cyrl") ? "Бундай давр йўқ" : "Bunday davr yoʻq");
        }
    }

    @Test
    void anAnalystCannotStartAJob() throws Exception {
        mvc.perform(post("/jobs/start").with(ANALYST).with(csrf()).param("job", "ingest"))
                .andExpect(status().isForbidden());
        assertThat(count("refused", "jobs-analyst")).isPositive();
        assertThat(count("job_started", "jobs-analyst")).isZero();
    }

    @Test
    void anAdministratorStartsAJobAndItIsAudited() throws Exception {
        long before = count("job_started", "jobs-admin");
        mvc.perform(post("/jobs/start").with(ADMIN).with(csrf()).param("job", "nightly"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/jobs"))
                .andExpect(flash().attribute("started", "nightly"));
        assertThat(count("job_started", "jobs-admin")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select target from audit_event where username = 'jobs-admin' and action = 'job_started'"
                + " order by id desc limit 1").query(String.class).single()).isEqualTo("nightly");

        String page = mvc.perform(get("/jobs").with(ADMIN).flashAttr("started", "nightly"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<p id=\"job-started\" class=\"notice good\">Started: Nightly chain");
    }

    @Test
    void startingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/jobs/start").with(ADMIN).param("job", "ingest")).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownJobOrPageIsABadRequestInTheUsersLanguage() throws Exception {
        for (String job : new String[] {"", "consolidate", "x".repeat(10_000), "ingest; drop table report"}) {
            String body = mvc.perform(post("/jobs/start").with(ADMIN).with(csrf()).param("job", job))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("There is no such job");
        }
        mvc.perform(post("/jobs/start").with(ADMIN).with(csrf())).andExpect(status().isBadRequest());
        for (String page : new String[] {"0", "-1", "abc", "99999999999", "1e3"}) {
            mvc.perform(get("/jobs").with(ANALYST).param("page", page)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/jobs").with(ANALYST).param("page", "7")).andExpect(status().isOk());
    }

    @Test
    void aPeriodIsLockedAndUnlockedAndBothAreAudited() throws Exception {
        jdbc.sql("update period set locked_at = null where code = '2021Q3'").update();
        mvc.perform(post("/periods/lock").with(ADMIN).with(csrf()).param("period", "2021Q3"))
                .andExpect(status().isFound()).andExpect(flash().attribute("locked", "2021Q3"));
        assertThat(isLocked("2021Q3")).isTrue();
        String page = mvc.perform(get("/jobs").with(ADMIN)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"period-2021Q3\"", "id=\"unlock-2021Q3\"");

        mvc.perform(post("/periods/unlock").with(ADMIN).with(csrf()).param("period", "2021q3"))
                .andExpect(status().isFound()).andExpect(flash().attribute("unlocked", "2021Q3"));
        assertThat(isLocked("2021Q3")).isFalse();
        assertThat(jdbc.sql("select action from audit_event where username = 'jobs-admin' and target = '2021Q3'"
                + " order by id desc limit 2").query(String.class).list())
                .containsExactly("period_unlocked", "period_locked");
    }

    @Test
    void aBadPeriodIsABadRequestAndAnAnalystMayNotLock() throws Exception {
        for (String period : new String[] {"2021Q9", "1999Q1", "abc", "", "2021M13", "9".repeat(5000)}) {
            String body = mvc.perform(post("/periods/lock").with(ADMIN).with(csrf()).param("period", period))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("There is no such period");
        }
        mvc.perform(post("/periods/lock").with(ANALYST).with(csrf()).param("period", "2021Q1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRunningJobShowsItsProgress() throws Exception {
        long instance = jdbc.sql("select nextval('batch_job_instance_seq')").query(Long.class).single();
        long execution = jdbc.sql("select nextval('batch_job_execution_seq')").query(Long.class).single();
        jdbc.sql("insert into batch_job_instance (job_instance_id, version, job_name, job_key) values (?, 0, 'pipelineJob', ?)")
                .params(instance, "jobs-page-test-" + instance).update();
        jdbc.sql("""
                insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, status,
                                                 exit_code, exit_message, last_updated)
                values (?, 1, ?, ?, ?, 'STARTED', 'UNKNOWN', '', ?)""")
                // Spring Batch writes local times of the JVM's zone; so does this test
                .params(execution, instance, java.time.LocalDateTime.now().minusSeconds(90),
                        java.time.LocalDateTime.now().minusSeconds(80), java.time.LocalDateTime.now())
                .update();
        step(execution, "ingestReturns", "COMPLETED", 13, 13);
        step(execution, "consolidateYears", "STARTED", 7, 3);
        try {
            String page = mvc.perform(get("/jobs").with(ANALYST)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String row = page.substring(page.indexOf("id=\"run-" + execution + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains("Nightly chain", "running", "1 of 2 steps done",
                    "now: consolidateYears (7 read, 3 written so far)", "0:01:2");
        } finally {
            jdbc.sql("delete from batch_step_execution where job_execution_id = ?").param(execution).update();
            jdbc.sql("delete from batch_job_execution where job_execution_id = ?").param(execution).update();
            jdbc.sql("delete from batch_job_instance where job_instance_id = ?").param(instance).update();
        }
    }

    private void step(long execution, String name, String status, long read, long written) {
        jdbc.sql("""
                insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time,
                                                  start_time, status, commit_count, read_count, filter_count,
                                                  write_count, read_skip_count, write_skip_count, process_skip_count,
                                                  rollback_count, exit_code, exit_message, last_updated)
                values (nextval('batch_step_execution_seq'), 1, ?, ?, localtimestamp, localtimestamp, ?, 0, ?, 0, ?,
                        0, 0, 0, 0, 'EXECUTING', '', localtimestamp)""")
                .params(name, execution, status, read, written).update();
    }

    private boolean isLocked(String period) {
        return jdbc.sql("select locked_at is not null from period where code = :code").param("code", period)
                .query(Boolean.class).single();
    }

    private long count(String action, String user) {
        return jdbc.sql("select count(*) from audit_event where action = :action and username = :user")
                .param("action", action).param("user", user).query(Long.class).single();
    }
}
