package uz.natlib.libstats;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import uz.natlib.libstats.cli.CommandLineFace;

/**
 * The command-line face: {@code java -jar libstats.jar <command> [options]}; the scripts under
 * {@code jobs/} call it. Arguments are checked before the application (and its database) starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LibstatsApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(LibstatsApplication::start, args);
    }

    /** With the start of the application in the caller's hands: tests check it is not started. */
    static int run(Supplier<ConfigurableApplicationContext> application, String... args) {
        return new CommandLineFace(new Commands(), application).run(args);
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LibstatsApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off"))
                .run();
    }
}
