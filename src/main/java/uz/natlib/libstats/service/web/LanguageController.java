package uz.natlib.libstats.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: a form of three buttons on every page, so it works without JavaScript. */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchTo(@RequestParam(name = "lang", required = false) String code,
                    @RequestParam(name = "back", required = false) String back,
                    HttpServletRequest request, HttpServletResponse response) {
        Language.ofCode(code).ifPresent(language -> locales.setLocale(request, response, language.locale()));
        return "redirect:" + SafeRedirect.localPath(back);
    }
}
