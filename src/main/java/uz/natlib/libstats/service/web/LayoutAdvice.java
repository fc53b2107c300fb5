package uz.natlib.libstats.service.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import uz.natlib.libstats.users.UserAccount;

/** What every page's frame needs: who is signed in, in which language, and the language switch. */
@ControllerAdvice(basePackages = "uz.natlib.libstats.service.web")
class LayoutAdvice {

    private final CurrentUser currentUser;

    LayoutAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    UserAccount me() {
        return currentUser.get().orElse(null);
    }

    @ModelAttribute("lang")
    Language language(HttpServletRequest request) {
        return Language.of(RequestContextUtils.getLocale(request));
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return List.of(Language.values());
    }

    /** Where the language switch brings the user back to: this page, with its query. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return failed;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
