package uz.natlib.libstats.reading;

import uz.natlib.libstats.vocabulary.Finding;

/** Stops reading a file as soon as it breaks a limit that makes reading on pointless or unsafe. */
final class LimitBroken extends RuntimeException {

    private final transient Finding finding;

    LimitBroken(Finding finding) {
        super(finding.rule().code(), null, false, false);
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
