package uz.natlib.libstats.service.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.users.Users;

/**
 * Who may do what. Three chains: the JSON API (HTTP Basic, no session, no CSRF token since no
 * cookie authenticates it), the operations endpoints, and the pages (form sign-in, CSRF on,
 * sessions that time out). Roles are checked here by path and again by each page for the region.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Users.passwordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Refusals refusals) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("libstats").authenticationEntryPoint(refusals::unauthorisedApi))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.accessDeniedHandler(refusals::forbiddenApi))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, Refusals refusals) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("libstats").authenticationEntryPoint(refusals::unauthorisedApi))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.accessDeniedHandler(refusals::forbiddenApi))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Refusals refusals, Audit audit) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/");
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/language").permitAll()
                        .requestMatchers("/admin/**", "/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/jobs/**", "/periods/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            // The user's remembered language, not the one the sign-in page was shown in.
                            request.getSession().removeAttribute(Languages.class.getName());
                            audit.record(authentication.getName(), Audit.Action.SIGN_IN, null, Audit.Outcome.OK,
                                    request.getRemoteAddr());
                            signedIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler(failure(audit))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(e -> e.accessDeniedHandler(refusals::forbiddenPage))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static AuthenticationFailureHandler failure(Audit audit) {
        return (request, response, exception) -> {
            String name = request.getParameter("username");
            boolean throttled = exception instanceof org.springframework.security.authentication.LockedException;
            audit.record(name, throttled ? Audit.Action.SIGN_IN_THROTTLED : Audit.Action.SIGN_IN_FAILED, null,
                    Audit.Outcome.REFUSED, request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.sendRedirect(request.getContextPath() + (throttled ? "/login?throttled" : "/login?failed"));
        };
    }
}
