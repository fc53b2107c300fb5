package uz.natlib.libstats.cli;

/**
 * Bad arguments only the started application can recognise (e.g. a period the database does not
 * know): reported with exit status 2 like picocli's own usage errors.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
