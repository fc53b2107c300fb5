package uz.natlib.libstats.cli;

import uz.natlib.libstats.vocabulary.Message;

/**
 * Bad arguments only the started application can recognise (e.g. a period the database does not
 * know): reported with exit status 2 like picocli's own usage errors.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    /** Told in Uzbek Cyrillic, Uzbek Latin and English, a line each. */
    public UsageException(Message message) {
        this(message.cyrl() + "\n" + message.latn() + "\n" + message.en());
    }
}
