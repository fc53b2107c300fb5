package uz.natlib.libstats.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

/** The outcomes of the current run, in the order files were finished, for whoever started it. */
@Component
public class IngestRun {

    private final List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    void add(FileOutcome outcome) {
        outcomes.add(outcome);
    }

    public void clear() {
        outcomes.clear();
    }

    public List<FileOutcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
