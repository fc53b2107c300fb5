package uz.natlib.libstats;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A one-shot command (everything but {@code jobs/serve}) needs none of the service's machinery:
 * no scheduler, no sign-in, no pages, no health checks or metrics. Left in, their
 * auto-configurations cost every command about three seconds of start-up; this filter leaves
 * them out when {@value #PROPERTY} is set, as {@link LibstatsApplication} sets it for commands.
 */
public class OneShotAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "libstats.one-shot";

    private static final List<String> SERVICE_ONLY = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.",
            "org.springframework.boot.quartz.",
            "org.springframework.boot.security.",
            "org.springframework.boot.thymeleaf.",
            "org.springframework.boot.validation.",
            "org.springframework.boot.webmvc.",
            "org.springframework.boot.tomcat.",
            "org.springframework.boot.servlet.",
            "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.jdbc.autoconfigure.metrics.",
            "org.springframework.boot.batch.autoconfigure.observation.",
            "org.springframework.boot.autoconfigure.task.TaskScheduling");

    private boolean oneShot;

    @Override
    public void setEnvironment(Environment environment) {
        oneShot = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = !oneShot || name == null || SERVICE_ONLY.stream().noneMatch(name::startsWith);
        }
        return matches;
    }
}
