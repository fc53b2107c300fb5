package uz.natlib.libstats.service.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import uz.natlib.libstats.vocabulary.Message;

/**
 * Answers every error the container sends here (a 404 for an unknown address, a 403 from sign-in
 * rules, a failure nobody caught) with a page in the user's language, or with JSON for the API;
 * the status only, never the exception or a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    /** The statuses the pages have words for; any other is shown as its class (4xx or 5xx). */
    private static final Set<Integer> NAMED = Set.of(400, 403, 404, 405, 413, 415, 500);

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", NAMED.contains(status) ? status : status >= 500 ? 500 : 400);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> json(HttpServletRequest request) {
        int status = status(request);
        Message message = status == 404 ? Message.of("Бундай манзил йўқ.", "No such address.")
                : status == 403 ? Refusals.FORBIDDEN
                : status >= 500 ? Message.of("Хизматда кутилмаган хато; у журналга ёзилди.",
                        "An unexpected error in the service; it was logged.")
                : Message.of("Сўров нотўғри.", "The request is not valid.");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, status >= 500 ? "internal" : "bad_request", message).body());
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 && code < 600 ? code : 500;
    }
}
