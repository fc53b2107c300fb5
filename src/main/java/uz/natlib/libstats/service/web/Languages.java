package uz.natlib.libstats.service.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

import uz.natlib.libstats.users.UserRepository;

/**
 * Which language a page is in: the signed-in user's (remembered in the database), otherwise the
 * one chosen on this browser (a cookie), otherwise the browser's own preference, else Uzbek Latin.
 */
@Configuration(proxyBeanMethods = false)
class Languages {

    static final String COOKIE = "libstats-language";
    private static final String SESSION_KEY = Languages.class.getName();

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
        ResourceBundleMessageSource written = new ResourceBundleMessageSource();
        written.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        written.setDefaultEncoding("UTF-8");
        written.setFallbackToSystemLocale(false);
        return new ScriptMessageSource(written);
    }

    @Bean
    LocaleResolver localeResolver(CurrentUser currentUser, UserRepository users) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return language(request, currentUser).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Language language = Language.of(locale);
                request.getSession().setAttribute(SESSION_KEY, language);
                Cookie cookie = new Cookie(COOKIE, language.code());
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                cookie.setMaxAge(60 * 60 * 24 * 365);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
                currentUser.get().ifPresent(user -> users.setLanguage(user.username(), language.code()));
            }
        };
    }

    static Language language(HttpServletRequest request, CurrentUser currentUser) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Language chosen) {
            return chosen;
        }
        var user = currentUser.get();
        if (user.isPresent()) {
            Language remembered = Language.ofCode(user.get().language()).orElse(Language.LATN);
            request.getSession().setAttribute(SESSION_KEY, remembered);
            return remembered;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    var chosen = Language.ofCode(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        String accepted = request.getHeader("Accept-Language");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.LATN;
    }
}
