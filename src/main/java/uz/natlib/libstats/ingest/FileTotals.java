package uz.natlib.libstats.ingest;

import java.util.List;

import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * A run's files counted once, by the four fates a file can have, so that every total printed
 * adds up: {@code files = accepted + rejected + duplicates + left}.
 *
 * @param left files left in the inbox, and listed (an Office lock file is neither)
 */
public record FileTotals(long files, long accepted, long rejected, long duplicates, long left, long values) {

    public static FileTotals of(List<FileOutcome> outcomes) {
        long accepted = outcomes.stream().filter(o -> o.is(SubmissionStatus.ACCEPTED)).count();
        long rejected = outcomes.stream().filter(o -> o.is(SubmissionStatus.REJECTED)).count();
        long duplicates = outcomes.stream().filter(o -> o.is(SubmissionStatus.DUPLICATE)).count();
        long left = outcomes.stream().filter(FileOutcome::leftAlone).count();
        long values = outcomes.stream().mapToLong(FileOutcome::values).sum();
        // A run's file is stored accepted (superseded since counts as accepted), rejected or duplicate, or left:
        // the sum of the four is every file of the run.
        return new FileTotals(accepted + rejected + duplicates + left, accepted, rejected, duplicates, left, values);
    }

    /** {@code 95 file(s): 78 accepted, 16 rejected, 0 duplicate(s), 1 left in the inbox}, in the three languages. */
    public Message counts() {
        return Message.of(files + " та файл: " + accepted + " қабул қилинди, " + rejected + " рад этилди, " + duplicates
                        + " такрор, " + left + " кирувчи папкада қолди",
                files + " file(s): " + accepted + " accepted, " + rejected + " rejected, " + duplicates
                        + " duplicate(s), " + left + " left in the inbox");
    }
}
