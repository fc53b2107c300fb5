package uz.natlib.libstats.service.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * The pages' texts are written twice, in English ({@code messages/*.properties}) and in Uzbek
 * Cyrillic ({@code messages/*_uz.properties}); Uzbek Latin is spelled from the Cyrillic by the
 * same rules as every other Latin text here, so the two scripts never disagree.
 */
final class ScriptMessageSource implements MessageSource {

    private static final Locale UZBEK = Locale.forLanguageTag("uz");

    private final MessageSource written;

    ScriptMessageSource(MessageSource written) {
        this.written = written;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        String message = written.getMessage(code, args, defaultMessage, bundleLocale(locale));
        return message == null ? null : inScript(message, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return inScript(written.getMessage(code, args, bundleLocale(locale)), locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return inScript(written.getMessage(resolvable, bundleLocale(locale)), locale);
    }

    private static Locale bundleLocale(Locale locale) {
        return Language.of(locale) == Language.EN ? Locale.ENGLISH : UZBEK;
    }

    private static String inScript(String message, Locale locale) {
        return Language.of(locale) == Language.LATN ? UzbekScript.toLatin(message) : message;
    }
}
