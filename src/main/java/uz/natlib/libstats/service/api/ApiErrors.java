package uz.natlib.libstats.service.api;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uz.natlib.libstats.service.web.ApiError;
import uz.natlib.libstats.service.web.NotFound;
import uz.natlib.libstats.service.web.reports.InvalidParameter;
import uz.natlib.libstats.service.web.reports.TimeSeriesRefused;
import uz.natlib.libstats.vocabulary.Message;

/**
 * What the API answers when a request cannot be used: 400 naming the parameter, 404 for an
 * identifier with nothing behind it, in the three languages, as JSON; never a 500 or a stack trace.
 * A refusal (another region's file) is not answered here: the security chain answers it, 403.
 */
@RestControllerAdvice(basePackages = "uz.natlib.libstats.service.api")
class ApiErrors {

    private static final Locale CYRL = Locale.forLanguageTag("uz-Cyrl");
    private static final Locale LATN = Locale.forLanguageTag("uz-Latn");

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidParameter e) {
        return badParameter(e.parameter(), message(e.messageKey()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return badParameter(e.getName(), message("reports.bad.named", e.getName()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return badParameter(name, message("reports.bad.named", name));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return badParameter(e.getParameterName(), message("reports.bad.missing", e.getParameterName()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegal(IllegalArgumentException e) {
        return json(HttpStatus.BAD_REQUEST, ApiError.of(400, "bad_parameter", message("reports.bad.parameter")).body());
    }

    /** A time series not made: what the service says of the request (400), busy (503), failed (500). */
    @ExceptionHandler(TimeSeriesRefused.class)
    ResponseEntity<Map<String, Object>> timeSeries(TimeSeriesRefused e) {
        Message message = e.message() != null ? e.message() : message(e.messageKey(), e.args());
        return json(HttpStatus.valueOf(e.status()), ApiError.of(e.status(), e.error(), message).body());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, Object>> notFound() {
        return json(HttpStatus.NOT_FOUND, ApiError.of(404, "not_found", message("reports.notFound")).body());
    }

    private ResponseEntity<Map<String, Object>> badParameter(String parameter, Message message) {
        Map<String, Object> body = ApiError.of(400, "bad_parameter", message).body();
        body.put("parameter", parameter.length() > 64 ? parameter.substring(0, 64) : parameter);
        return json(HttpStatus.BAD_REQUEST, body);
    }

    private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The message in the three languages: the pages' own texts, so the two never say different things. */
    private Message message(String key, Object... args) {
        return new Message(messages.getMessage(key, args, CYRL), messages.getMessage(key, args, LATN),
                messages.getMessage(key, args, Locale.ENGLISH));
    }
}
