package uz.natlib.libstats.service.web.upload;

/**
 * An upload turned away before it reached the inbox, with the status to answer and the message
 * (a key of the upload bundle) that says why; arguments per script, for names from the warehouse.
 */
public class UploadRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final Object[] argumentsCyrl;
    private final Object[] argumentsLatn;

    UploadRefused(int status, String code, String messageKey, Object[] argumentsCyrl, Object[] argumentsLatn) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.argumentsCyrl = argumentsCyrl.clone();
        this.argumentsLatn = argumentsLatn.clone();
    }

    UploadRefused(int status, String code, String messageKey) {
        this(status, code, messageKey, new Object[0], new Object[0]);
    }

    public int status() {
        return status;
    }

    /** A short code for scripts: {@code not_a_workbook}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments(uz.natlib.libstats.vocabulary.Script script) {
        return (script == uz.natlib.libstats.vocabulary.Script.CYRL ? argumentsCyrl : argumentsLatn).clone();
    }
}
