package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The files written by the last run of {@code reportJob}, for the command to print. */
@Component
public class ReportRun {

    private final List<ReportFile> files = new ArrayList<>();

    public synchronized void clear() {
        files.clear();
    }

    synchronized void addAll(List<ReportFile> written) {
        files.addAll(written);
    }

    public synchronized List<ReportFile> files() {
        return List.copyOf(files);
    }
}
