package uz.natlib.libstats.service;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The long-running service's parts, on top of the commands' application: the schedules
 * ({@code service.schedule}), the pages ({@code service.web}), the API ({@code service.api}) and
 * the health checks ({@code service.health}). Only {@code jobs/serve} (and tests of the service)
 * start them; the one-shot commands leave this package out of their component scan.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class ServiceConfiguration {

    /** The Spring profile of the service: its settings are in {@code application-serve.yml}. */
    public static final String PROFILE = "serve";
}
