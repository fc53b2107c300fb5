package uz.natlib.libstats.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;

@ServiceTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aUser() {
        if (users.find("sign-in-test").isEmpty()) {
            users.add("sign-in-test", Role.ANALYST, null, "correct horse battery", "en");
        }
    }

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void rightPasswordSignsIn() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "Sign-In-Test").param("password", "correct horse battery"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "sign-in-test").param("password", "correct horse battery"))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPassword() throws Exception {
        users.add("throttled-user", Role.ANALYST, null, "the right password", "en");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "throttled-user").param("password", "guess " + i))
                    .andExpect(redirectedUrl("/login?failed"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", "throttled-user").param("password", "the right password"))
                .andExpect(redirectedUrl("/login?throttled"));
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'throttled-user' and action = 'sign_in_failed'")
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void apiAsksForBasicAuthenticationInThreeLanguages() throws Exception {
        String body = mvc.perform(get("/api/reports")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"message_en\":\"Sign-in needed", "Kirish kerak", "Кириш керак");
    }
}
