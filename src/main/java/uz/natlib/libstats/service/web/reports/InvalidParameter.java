package uz.natlib.libstats.service.web.reports;

/**
 * A query parameter that cannot be used. Carries the parameter's name and the key of a message
 * saying what it should be, so that a page shows it in the user's language and the API in all three.
 */
public class InvalidParameter extends IllegalArgumentException {

    private final String parameter;
    private final String messageKey;

    public InvalidParameter(String parameter, String messageKey) {
        super("bad parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }
}
