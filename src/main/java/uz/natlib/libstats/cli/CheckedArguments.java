package uz.natlib.libstats.cli;

import java.util.Optional;

/**
 * A command's options that must agree with each other (e.g. a first year not after the last):
 * checked once picocli has parsed them all, before the application starts, and answered as a
 * usage error like any bad option.
 */
public interface CheckedArguments {

    /** Why the options do not go together, or empty. */
    Optional<String> problem();
}
