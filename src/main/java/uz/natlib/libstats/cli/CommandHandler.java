package uz.natlib.libstats.cli;

import java.io.PrintStream;

/**
 * The body of a command, a bean run inside the started application with the arguments picocli
 * parsed and checked before it started.
 *
 * @param <A> the command's picocli {@code @Command} class holding its options
 */
public interface CommandHandler<A> {

    /** Runs the command and returns its exit status (0 success, 1 failure). */
    int run(A arguments, PrintStream out) throws Exception;
}
