package uz.natlib.libstats.ingest;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SubmissionStatus;
import uz.natlib.libstats.warehouse.PriorSubmission;

/**
 * What a duplicate's sender is told about the earlier file with the same bytes: what became of
 * it (accepted, or rejected and where its reasons are) and when it came, in Tashkent time.
 */
final class DuplicateNote {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private DuplicateNote() {
    }

    static Message of(PriorSubmission prior) {
        String when = prior.receivedAt() == null ? "?"
                : WHEN.format(prior.receivedAt().atZoneSameInstant(ReferenceData.TASHKENT));
        String earlier = "#" + prior.id() + " «" + ShownText.quoted(prior.originalName()) + "»";
        if (prior.status() == SubmissionStatus.REJECTED) {
            String reasons = feedbackOf(prior.storedPath());
            return Message.of(
                    "Айнан шу файл " + when + " да (Тошкент вақти) " + earlier + " сифатида юборилган ва рад этилган;"
                            + " сабаблари: " + reasons + ". Хатоларни тузатиб, тузатилган файлни юборинг.",
                    "This very file was sent on " + when + " (Tashkent time) as " + earlier + " and rejected; the"
                            + " reasons are in " + reasons + ". Fix the errors and send the corrected file.");
        }
        return Message.of(
                "Айнан шу файл " + when + " да (Тошкент вақти) " + earlier + " сифатида юборилган ва қабул қилинган.",
                "This very file was sent on " + when + " (Tashkent time) as " + earlier + " and accepted.");
    }

    /** The earlier file's feedback, named from its folder under the data folder ({@code rejected/<date>/…}). */
    private static String feedbackOf(String storedPath) {
        if (storedPath == null) {
            return "?";
        }
        Path stored = Path.of(storedPath);
        int parts = stored.getNameCount();
        Path shown = parts >= 3 ? stored.subpath(parts - 3, parts) : stored.getFileName();
        return ShownText.verbatim(shown + ".feedback.txt");
    }
}
