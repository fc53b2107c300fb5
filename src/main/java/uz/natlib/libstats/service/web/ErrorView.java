package uz.natlib.libstats.service.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The error page as an exception handler returns it: with the frame every page has (menu,
 * language switch), which Spring does not give a handler's model by itself.
 */
@Component
public class ErrorView {

    private final CurrentUser currentUser;

    ErrorView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public ModelAndView page(int status, String detailKey, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("detailKey", detailKey);
        page.addObject("lang", Language.of(RequestContextUtils.getLocale(request)));
        page.addObject("languages", List.of(Language.values()));
        page.addObject("me", currentUser.get().orElse(null));
        String query = request.getQueryString();
        page.addObject("here", SafeRedirect.localPath(request.getRequestURI() + (query == null ? "" : "?" + query)));
        return page;
    }
}
