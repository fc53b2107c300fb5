package uz.natlib.libstats.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

/**
 * Health and metrics. The service's tests share a context whose scheduler one test may have
 * started: each health test sets the state it checks (in standby: OUT_OF_SERVICE, and the whole
 * health with it, 503; started: UP) and puts back the one it found.
 */
@ServiceTest
class OperationsTest {

    private static final String ADMIN_PASSWORD = "an operations admin password";
    private static final String ANALYST_PASSWORD = "an operations analyst password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @BeforeEach
    void people() {
        if (users.find("ops-admin").isEmpty()) {
            users.add("ops-admin", Role.ADMIN, null, ADMIN_PASSWORD, "en");
            users.add("ops-analyst", Role.ANALYST, null, ANALYST_PASSWORD, "en");
        }
    }

    @Autowired
    Scheduler scheduler;

    private boolean wasRunning;

    @BeforeEach
    void schedulerAsFound() throws Exception {
        wasRunning = scheduler.isStarted() && !scheduler.isInStandbyMode();
        scheduler.standby();
    }

    @AfterEach
    void schedulerBack() throws Exception {
        if (wasRunning) {
            scheduler.start();
        } else {
            scheduler.standby();
        }
    }

    @Test
    void healthIsUpWhenTheSchedulerRuns() throws Exception {
        scheduler.start();
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.scheduler.status").value("UP"));
    }

    @Test
    void healthIsPublicAndShowsEachCheckButNoDetailsToStrangers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.dataFolder.status").value("UP"))
                .andExpect(jsonPath("$.components.inbox.status").value("UP"))
                .andExpect(jsonPath("$.components.scheduler.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.scheduler.details").doesNotExist())
                .andExpect(jsonPath("$.components.dataFolder.details").doesNotExist());
    }

    @Test
    void anAdministratorSeesWhyTheSchedulerIsOutOfService() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("ops-admin", ADMIN_PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.scheduler.details.reason")
                        .value("the scheduler is not running on this instance: no schedule fires here"))
                .andExpect(jsonPath("$.components.dataFolder.details.path").exists());
    }

    @Test
    void prometheusAnswersAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-analyst", ANALYST_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-admin", "not the password")))
                .andExpect(status().isUnauthorized());
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(metrics).contains("libstats_files_total{outcome=\"accepted\"}",
                "libstats_files_total{outcome=\"rejected\"}", "libstats_files_total{outcome=\"duplicate\"}",
                "libstats_values_loaded_total", "libstats_nightly_since_success_seconds");
    }
}
