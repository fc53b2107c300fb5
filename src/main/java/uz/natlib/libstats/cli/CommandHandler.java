package uz.natlib.libstats.cli;

import java.io.PrintStream;

/** The body of a command, run inside the started application. */
public interface CommandHandler {

    CommandSpec spec();

    /** Runs the command and returns its exit status (0 success, 1 failure). */
    int run(Invocation invocation, PrintStream out) throws Exception;
}
