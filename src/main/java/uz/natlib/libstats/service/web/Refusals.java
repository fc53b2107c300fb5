package uz.natlib.libstats.service.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.vocabulary.Message;

/** Every refusal is written to the audit and answered in the three languages (API) or the user's (pages). */
@Component
public class Refusals {

    static final Message SIGN_IN_NEEDED = Message.of("Кириш керак: фойдаланувчи номи ва парол (HTTP Basic).",
            "Sign-in needed: user name and password (HTTP Basic).");
    static final Message FORBIDDEN = Message.of("Бу сизга рухсат этилмаган.", "You are not allowed this.");

    private final Audit audit;

    Refusals(Audit audit) {
        this.audit = audit;
    }

    void unauthorisedApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"libstats\", charset=\"UTF-8\"");
        ApiError.of(HttpServletResponse.SC_UNAUTHORIZED, "unauthorised", SIGN_IN_NEEDED).writeTo(response);
    }

    void forbiddenApi(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        record(request);
        ApiError.of(HttpServletResponse.SC_FORBIDDEN, "forbidden", FORBIDDEN).writeTo(response);
    }

    void forbiddenPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        record(request);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** A page or API call that refuses by itself (another region's file) says so here too. */
    public void record(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        audit.record(authentication == null ? null : authentication.getName(), Audit.Action.REFUSED,
                request.getMethod() + " " + request.getRequestURI(), Audit.Outcome.REFUSED, request.getRemoteAddr());
    }
}
