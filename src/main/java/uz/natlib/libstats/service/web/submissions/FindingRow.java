package uz.natlib.libstats.service.web.submissions;

import uz.natlib.libstats.service.web.Language;

/** A finding on a received file, in the three languages it was written in. */
public record FindingRow(String severity, String rule, String sheet, String cell, String valueSeen, String messageCyrl,
                         String messageLatn, String messageEn) {

    public String message(Language language) {
        return switch (language) {
            case CYRL -> messageCyrl;
            case LATN -> messageLatn;
            case EN -> messageEn;
        };
    }
}
