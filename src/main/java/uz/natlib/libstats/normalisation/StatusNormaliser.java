package uz.natlib.libstats.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.reading.RawStatus;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;

/** The done / not done answers and notes of a file's rows. */
final class StatusNormaliser {

    static final RuleId NOT_A_DONE_ANSWER = RuleId.NOT_A_DONE_ANSWER;

    private final FileContext file;

    StatusNormaliser(FileContext file) {
        this.file = file;
    }

    List<ReportedStatus> normalise(List<RawStatus> raws) {
        List<ReportedStatus> statuses = new ArrayList<>();
        for (RawStatus raw : raws) {
            RawCell done = filled(raw.done());
            RawCell note = filled(raw.note());
            if (done == null && note == null) {
                continue;
            }
            RawCell where = done != null ? done : note;
            Optional<Indicator> indicator = file.indicator(raw.indicatorCode(), where);
            if (indicator.isEmpty()) {
                continue;
            }
            Boolean answer = done == null ? null : answer(indicator.get(), done);
            statuses.add(new ReportedStatus(indicator.get().code(), answer, note == null ? null : note.text().strip(),
                    where.sheet(), where.cell()));
        }
        return statuses;
    }

    /** An answer that is not understood is a warning, not an error: the note usually says what happened. */
    private Boolean answer(Indicator indicator, RawCell done) {
        Optional<Boolean> answer = DoneAnswer.read(done);
        if (answer.isEmpty()) {
            List<String> cyrl = ReturnLayout.DONE_WORDS.get(Script.CYRL);
            String typed = done.text().strip();
            file.add(Finding.warning(NOT_A_DONE_ANSWER, done.sheet(), done.cell(), done.text(), Message.of(
                    Wording.at(done.cell(), Wording.rowCyrl(indicator) + ": «" + ShownText.quoted(typed) + "» жавоби тушунарсиз; «"
                            + cyrl.get(0) + "» ёки «" + cyrl.get(1) + "» деб ёзинг"),
                    Wording.at(done.cell(), Wording.rowEn(indicator) + ": the answer «" + ShownText.quoted(typed)
                            + "» is not understood; write done or not done (" + cyrl.get(0) + " / " + cyrl.get(1) + ")"))));
        }
        return answer.orElse(null);
    }

    private static RawCell filled(RawCell cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
