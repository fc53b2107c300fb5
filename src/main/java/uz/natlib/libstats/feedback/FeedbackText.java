package uz.natlib.libstats.feedback;

import java.util.List;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.ShownText;

/** The short plain-text summary written beside every processed file, in both scripts and English. */
public final class FeedbackText {

    private FeedbackText() {
    }

    public static String render(FeedbackReport report) {
        StringBuilder out = new StringBuilder();
        section(out, report, Language.CYRL);
        out.append('\n');
        section(out, report, Language.LATN);
        out.append('\n');
        section(out, report, Language.EN);
        return out.toString();
    }

    /**
     * The head of the feedback in few lines, each in the three languages side by side (for the
     * workbook's findings sheet, where three whole sections would push the list off the screen).
     */
    public static List<String> summary(FeedbackReport report) {
        Words c = Words.of(Language.CYRL);
        Words l = Words.of(Language.LATN);
        Words e = Words.of(Language.EN);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(c.title + " / " + l.title + " / " + e.title);
        lines.add(c.file + " / " + l.file + " / " + e.file + ": " + ShownText.of(report.fileName()));
        if (report.district() != null) {
            lines.add(c.district + " / " + l.district + " / " + e.district + ": " + report.district());
        }
        if (report.period() != null) {
            lines.add(c.period + " / " + l.period + " / " + e.period + ": " + report.period());
        }
        lines.add(outcome(c, report) + " / " + outcome(l, report) + " / " + outcome(e, report));
        if (report.note() != null) {
            lines.add(ShownText.of(report.note().cyrl()) + " / " + ShownText.of(report.note().latn()) + " / "
                    + ShownText.of(report.note().en()));
        }
        List<Finding> findings = report.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        lines.add(c.counts.formatted(errors, warnings, infos) + " / " + l.counts.formatted(errors, warnings, infos)
                + " / " + e.counts.formatted(errors, warnings, infos));
        return lines;
    }

    private static String outcome(Words w, FeedbackReport report) {
        return switch (report.outcome()) {
            case ACCEPTED -> w.accepted;
            case REJECTED -> w.rejected;
            case DUPLICATE -> w.duplicate;
        };
    }

    private static void section(StringBuilder out, FeedbackReport report, Language language) {
        Words w = Words.of(language);
        out.append("== ").append(w.title).append(" ==\n");
        out.append(w.file).append(": ").append(ShownText.of(report.fileName())).append('\n');
        if (report.district() != null) {
            out.append(w.district).append(": ").append(report.district()).append('\n');
        }
        if (report.period() != null) {
            out.append(w.period).append(": ").append(report.period()).append('\n');
        }
        out.append(w.outcome).append(": ").append(outcome(w, report)).append('\n');
        if (report.note() != null) {
            out.append(ShownText.of(language.of(report.note()))).append('\n');
        }
        List<Finding> findings = report.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        out.append(w.counts.formatted(errors, warnings, infos)).append('\n');
        int n = 0;
        for (Finding f : findings) {
            out.append(String.format("%3d. [%s] %s%s — %s%n", ++n, w.severity(f.severity()), where(f),
                    f.valueSeen() == null ? "" : " «" + ShownText.of(f.valueSeen()) + "»", language.of(f.rule().words())));
            // Messages quote what the sender wrote: shown escaped like every other text of theirs.
            out.append("     ").append(ShownText.of(language.of(f.message()))).append("  (").append(f.rule().code()).append(")\n");
        }
    }

    private static String where(Finding f) {
        if (f.sheet() == null && f.cell() == null) {
            return "";
        }
        return (f.sheet() == null ? "" : ShownText.of(f.sheet()) + "!") + (f.cell() == null ? "" : ShownText.of(f.cell()));
    }

    // English is the feedback's third language, not a script of Uzbek: hence not a Script.
    private enum Language {
        CYRL, LATN, EN;

        String of(Message message) {
            return switch (this) {
                case CYRL -> message.cyrl();
                case LATN -> message.latn();
                case EN -> message.en();
            };
        }
    }

    private record Words(String title, String file, String district, String period, String outcome, String accepted,
                         String rejected, String duplicate, String counts, String error, String warning, String info) {

        static Words of(Language language) {
            return switch (language) {
                case LATN -> new Words("Hisobot tekshiruvi natijasi", "Fayl", "Tuman (shahar)", "Davr", "Natija",
                        "QABUL QILINDI", "RAD ETILDI — xatolarni tuzatib, faylni qayta yuboring",
                        "TAKROR — bu fayl avval yuborilgan, qayta yuklanmadi",
                        "Xatolar: %d, ogohlantirishlar: %d, maʼlumot uchun: %d", "XATO", "OGOHLANTIRISH", "MAʼLUMOT");
                case EN -> new Words("Result of the return check", "File", "District (city)", "Period", "Outcome",
                        "ACCEPTED", "REJECTED — fix the errors and send the file again",
                        "DUPLICATE — this file was received before and was not loaded again",
                        "Errors: %d, warnings: %d, notes: %d", "ERROR", "WARNING", "NOTE");
                case CYRL -> new Words("Ҳисобот текшируви натижаси", "Файл", "Туман (шаҳар)", "Давр", "Натижа",
                        "ҚАБУЛ ҚИЛИНДИ", "РАД ЭТИЛДИ — хатоларни тузатиб, файлни қайта юборинг",
                        "ТАКРОР — бу файл аввал юборилган, қайта юкланмади",
                        "Хатолар: %d, огоҳлантиришлар: %d, маълумот учун: %d", "ХАТО", "ОГОҲЛАНТИРИШ", "МАЪЛУМОТ");
            };
        }

        String severity(Severity severity) {
            return switch (severity) {
                case ERROR -> error;
                case WARNING -> warning;
                case INFO -> info;
            };
        }
    }
}
