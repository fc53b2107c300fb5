package uz.natlib.libstats.cli;

/** Bad command-line arguments: reported with exit status 2 and a pointer to --help. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
