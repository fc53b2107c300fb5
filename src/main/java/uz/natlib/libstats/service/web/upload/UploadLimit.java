package uz.natlib.libstats.service.web.upload;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import uz.natlib.libstats.service.web.ApiError;
import uz.natlib.libstats.service.web.ErrorView;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.vocabulary.Message;

/**
 * A file over Spring's multipart limit fails before any controller is chosen, so only an advice
 * for every handler sees it. Left to Spring's default resolver it becomes {@code sendError(413)},
 * whose error page then fails on the same unreadable request and goes out empty: here it is
 * answered at once, as a page in the user's language or, for the API, as JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final MessageSource messages;
    private final ErrorView errorView;

    UploadLimit(MessageSource messages, ErrorView errorView) {
        this.messages = messages;
        this.errorView = errorView;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        int status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Message message = new Message(text(Language.CYRL.locale()), text(Language.LATN.locale()),
                    text(Locale.ENGLISH));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(status, "too_large", message).body());
        }
        return errorView.page(status, "upload.tooLarge", request, response);
    }

    private String text(Locale locale) {
        return messages.getMessage("upload.tooLarge", null, locale);
    }
}
