package uz.natlib.libstats.service.web;

/** A request a page cannot use: answered 400 with the message of this key in the user's language. */
public class BadRequest extends RuntimeException {

    private final String messageKey;

    public BadRequest(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
