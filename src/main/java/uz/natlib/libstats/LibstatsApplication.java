package uz.natlib.libstats;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.service.ServeCommand;
import uz.natlib.libstats.service.ServiceConfiguration;

/**
 * The command-line face: {@code java -jar libstats.jar <command> [options]}; the scripts under
 * {@code jobs/} call it. Arguments are checked before the application (and its database) starts.
 *
 * <p>The one-shot commands run without the service's parts (package {@code service}: web pages,
 * sign-in, schedules); {@code serve} adds them, see {@link ServiceConfiguration}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "uz\\.natlib\\.libstats\\.service\\..*")})
public class LibstatsApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        java.util.function.Function<Object, ConfigurableApplicationContext> starter = LibstatsApplication::start;
        return new CommandLineFace(new Commands(), starter).run(args);
    }

    /** With the start of the application in the caller's hands: tests check it is not started. */
    static int run(Supplier<ConfigurableApplicationContext> application, String... args) {
        return new CommandLineFace(new Commands(), application).run(args);
    }

    static ConfigurableApplicationContext start(Object command) {
        return command instanceof ServeCommand.Arguments ? startService() : start();
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LibstatsApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off", OneShotAutoConfigurations.PROPERTY, "true"))
                .run();
    }

    /** The long-running service: web pages, API, schedules, on top of everything a command has. */
    public static ConfigurableApplicationContext startService(String... args) {
        return new SpringApplicationBuilder(LibstatsApplication.class, ServiceConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .profiles(ServiceConfiguration.PROFILE)
                .properties(Map.of("spring.main.banner-mode", "off"))
                .run(args);
    }
}
