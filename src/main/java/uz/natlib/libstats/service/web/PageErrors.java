package uz.natlib.libstats.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked with parameters it cannot use answers 400 (413 for a file too large) with a
 * page saying so in the user's language; never a stack trace or a 500.
 */
@ControllerAdvice(basePackages = "uz.natlib.libstats.service.web")
class PageErrors {

    private final ErrorView errorView;

    PageErrors(ErrorView errorView) {
        this.errorView = errorView;
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            BadRequest.class, IllegalArgumentException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof BadRequest bad ? bad.getMessageKey() : "error.badRequest.detail";
        return errorView.page(HttpServletResponse.SC_BAD_REQUEST, detail, request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return errorView.page(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.tooLarge.detail", request, response);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView badUpload(HttpServletRequest request, HttpServletResponse response) {
        return errorView.page(HttpServletResponse.SC_BAD_REQUEST, "error.badUpload.detail", request, response);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return errorView.page(HttpServletResponse.SC_NOT_FOUND, "error.notFound.detail", request, response);
    }

}
