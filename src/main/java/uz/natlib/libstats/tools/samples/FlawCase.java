package uz.natlib.libstats.tools.samples;

import java.nio.file.Path;

import uz.natlib.libstats.vocabulary.RuleId;

/**
 * One file of the flawed set and what ingesting it should give.
 *
 * @param outcome accepted, accepted-with-warnings, rejected or ignored
 * @param rule    the rule that should fire, or {@code null} if none
 */
public record FlawCase(String file, String outcome, RuleId rule, String note, Writer writer) {

    public static final String ACCEPTED = "accepted";
    public static final String WARNINGS = "accepted-with-warnings";
    public static final String REJECTED = "rejected";
    public static final String IGNORED = "ignored";

    /** Writes the file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws Exception;
    }
}
