package uz.natlib.libstats.cli;

/**
 * A failure whose message says all a user needs (what happened, what to do), in the three
 * languages: the command line prints it alone, without a stack trace, and exits 1.
 */
public interface ExplainedFailure {
}
