package uz.natlib.libstats;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;

/** One run of the command-line face with its standard output and error captured. */
record CommandLineRun(int status, String stdout, String stderr) {

    static CommandLineRun of(String... args) {
        return of(LibstatsApplication::start, args);
    }

    /** With the application started by {@code application}, e.g. to check that it is not started at all. */
    static CommandLineRun of(Supplier<ConfigurableApplicationContext> application, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int status = LibstatsApplication.run(application, args);
            return new CommandLineRun(status, outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
