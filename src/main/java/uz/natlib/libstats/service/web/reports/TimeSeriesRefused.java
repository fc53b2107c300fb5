package uz.natlib.libstats.service.web.reports;

import uz.natlib.libstats.vocabulary.Message;

/**
 * A time series that was not made: the request cannot be used (400, the service's own words in
 * the three languages), the server is busy making others (503), or making it failed (500, the
 * cause in the log). The page says it on the form in the user's language, the API as JSON.
 */
public class TimeSeriesRefused extends RuntimeException {

    private final int status;
    private final String error;
    private final transient Message message;
    private final String messageKey;
    private final transient Object[] args;

    private TimeSeriesRefused(int status, String error, Message message, String messageKey, Object[] args) {
        super(error);
        this.status = status;
        this.error = error;
        this.message = message;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** What the service says of the request ({@code TimeSeriesService.problem}): already in the three languages. */
    static TimeSeriesRefused problem(Message message) {
        return new TimeSeriesRefused(400, "bad_parameter", message, null, new Object[0]);
    }

    /** A text of the message bundles, with its arguments. */
    static TimeSeriesRefused of(int status, String error, String messageKey, Object... args) {
        return new TimeSeriesRefused(status, error, null, messageKey, args);
    }

    public int status() {
        return status;
    }

    /** The short code the API gives ({@code bad_parameter}, {@code busy}, {@code render_failed}). */
    public String error() {
        return error;
    }

    /** The text in the three languages when the service wrote it, else null (then {@link #messageKey}). */
    public Message message() {
        return message;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
